package org.edusignconnector.celcat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.SourceListing;
import org.edusignconnector.course.SyncWindow;

/** What one run reads from a Celcat timetable: its staff, students, groups and the window's events. */
final class CelcatSnapshotReader {

    private final CelcatClient client;

    CelcatSnapshotReader(CelcatClient client) {
        this.client = client;
    }

    CelcatTimetableLists read(String timetable, SyncWindow window) {
        List<JsonNode> staff = client.list("/Staff", Map.of(), timetable);
        List<JsonNode> students = client.list("/Students", Map.of(), timetable);
        List<JsonNode> groups = client.list("/Groups", Map.of(), timetable);
        Map<String, String> query = new LinkedHashMap<>();
        // From today, so that today's courses are listed and answered with SAME_DAY rather than silence.
        query.put("startDate", window.now().toLocalDate().toString());
        query.put("endDate", window.lastDay().toString());
        CelcatRooms rooms = new CelcatRooms(() -> client.list("/Rooms", Map.of(), timetable));
        SourceListing.Result events = client.listing("/Events", query, timetable);
        return new CelcatTimetableLists(timetable, staff, students, groups, events, rooms, new CelcatGroupMembers(client, timetable));
    }
}
