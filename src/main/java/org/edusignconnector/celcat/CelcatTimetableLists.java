package org.edusignconnector.celcat;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.SourceListing;

/**
 * The raw lists of one Celcat timetable for a window, as read. Rooms and group members are read
 * lazily, only for what the events name, hence readers rather than lists.
 */
record CelcatTimetableLists(String timetable, List<JsonNode> staff, List<JsonNode> students, List<JsonNode> groups,
                            SourceListing.Result events, CelcatRooms rooms, CelcatGroupMembers members) {
}
