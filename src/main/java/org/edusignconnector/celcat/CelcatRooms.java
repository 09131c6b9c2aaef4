package org.edusignconnector.celcat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.SourceJson;
import org.edusignconnector.course.Text;

/**
 * The room of a Celcat event as Edusign gets it: every room in the event's order, each once,
 * joined with ", ". A room given by its id only is named from {@code /Rooms}, read once per run
 * and timetable, and only when an event needs it. A room {@code /Rooms} does not know either is
 * left out, and said once.
 */
final class CelcatRooms {

    private final Supplier<List<JsonNode>> roomList;
    private Map<String, String> namesById;
    private final Set<String> unknown = new LinkedHashSet<>();

    /** @param roomList reads {@code /Rooms} of the timetable (called at most once) */
    CelcatRooms(Supplier<List<JsonNode>> roomList) {
        this.roomList = roomList;
    }

    /** The event's rooms, or null when it has none; a {@code rooms} field that is no list is a {@link SourceJson.BadField}. */
    String of(JsonNode event) {
        JsonNode rooms = event.get("rooms");
        if (rooms == null || rooms.isNull()) {
            return null;
        }
        if (!rooms.isArray()) {
            throw new SourceJson.BadField("field 'rooms' is not a list");
        }
        Set<String> names = new LinkedHashSet<>();
        for (JsonNode room : rooms) {
            String name = Text.clean(text(room, "name"));
            if (name == null || name.isEmpty()) {
                String id = text(room, "id");
                name = id == null ? null : byId(id);
            }
            if (name != null && !name.isEmpty()) {
                names.add(name);
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    /** Room ids an event gave that {@code /Rooms} does not list, in the order met. */
    List<String> unknownIds() {
        return new ArrayList<>(unknown);
    }

    private String byId(String id) {
        if (namesById == null) {
            namesById = new HashMap<>();
            for (JsonNode room : roomList.get()) {
                String roomId = text(room, "id");
                String name = Text.clean(text(room, "name"));
                if (roomId != null && name != null && !name.isEmpty()) {
                    namesById.putIfAbsent(roomId, name);
                }
            }
        }
        String name = namesById.get(id);
        if (name == null) {
            unknown.add(id);
        }
        return name;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.isObject() ? node.get(field) : null;
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }
}
