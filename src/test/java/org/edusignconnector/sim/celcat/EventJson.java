package org.edusignconnector.sim.celcat;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.edusignconnector.sim.common.SimJson;

/** Writes an event in the field order and shape of the Celcat calendar feed samples, plus the WebAPI links. */
final class EventJson {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private EventJson() {
    }

    static ObjectNode of(CelcatEvent e, CelcatTimetable t) {
        ObjectNode n = SimJson.object();
        n.put("id", e.id());
        n.put("start", local(e.start()));
        n.put("end", local(e.end()));
        n.put("allDay", e.allDay());
        n.put("description", e.description());
        n.put("backgroundColor", background(e.eventCategory()));
        n.put("textColor", "CM".equals(e.eventCategory()) ? "#ffffff" : "#000000");
        n.put("department", e.department());
        n.putNull("faculty");
        n.put("eventCategory", e.eventCategory());
        strings(n.putArray("sites"), e.sites());
        if (e.modules() == null) {
            n.putNull("modules");
        } else {
            strings(n.putArray("modules"), e.modules());
        }
        n.put("registerStatus", 0);
        n.put("studentMark", 0);
        n.putNull("custom1");
        n.putNull("custom2");
        n.putNull("custom3");
        n.put("name", e.name());
        ArrayNode rooms = n.putArray("rooms");
        for (int roomId : e.roomIds()) {
            ObjectNode room = rooms.addObject().put("id", roomId);
            if (t.lists().namesRooms()) {
                room.put("name", t.room(roomId).map(CelcatRoom::name).orElse(null));
            }
        }
        ids(n.putArray("staff"), e.staffIds());
        ids(n.putArray("groups"), e.groupIds());
        ids(n.putArray("students"), e.studentIds());
        n.put("lastModified", local(e.lastModified()));
        return n;
    }

    private static String background(String category) {
        if ("TD".equals(category)) {
            return "#badefc";
        }
        return "CM".equals(category) ? "#FF0000" : "#FFFF80";
    }

    private static void strings(ArrayNode target, List<String> values) {
        values.forEach(target::add);
    }

    private static void ids(ArrayNode target, List<Integer> ids) {
        ids.forEach(id -> target.addObject().put("id", id));
    }

    /** Local wall-clock time without offset, or null. */
    private static String local(LocalDateTime t) {
        return t == null ? null : LOCAL.format(t);
    }
}
