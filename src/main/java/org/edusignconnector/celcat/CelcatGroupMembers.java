package org.edusignconnector.celcat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.SourceDataException;
import org.edusignconnector.course.SourceJson;

/**
 * The members of a timetable's groups, read from {@code /student-membership} only for groups an
 * event names, each once per run: a school has many more groups than a window has groups in use.
 */
final class CelcatGroupMembers {

    private final CelcatClient client;
    private final String timetable;
    private final Map<String, List<String>> keysByGroup = new HashMap<>();

    CelcatGroupMembers(CelcatClient client, String timetable) {
        this.client = client;
        this.timetable = timetable;
    }

    /**
     * The learner keys ("student:id") of a group. A membership Celcat refuses (a 4xx for a group id
     * it cannot read) or answers unreadably makes the course invalid, not the run: it is a
     * {@link SourceJson.BadField}, and asked again by the next event that names the group.
     */
    List<String> of(String groupId) {
        try {
            return keysByGroup.computeIfAbsent(groupId, this::read);
        } catch (SourceDataException | SourceJson.BadField unreadable) {
            throw new SourceJson.BadField("the members of group " + groupId + " could not be read: " + unreadable.getMessage());
        }
    }

    private List<String> read(String groupId) {
        List<String> keys = new ArrayList<>();
        for (JsonNode m : client.list("/student-membership", Map.of("groupId", groupId), timetable)) {
            String studentId = SourceJson.text(m, "studentId");
            if (studentId != null) {
                keys.add("student:" + studentId);
            }
        }
        return keys;
    }
}
