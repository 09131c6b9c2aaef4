package org.edusignconnector.sim.celcat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Objects;
import org.edusignconnector.sim.common.ApiException;
import org.edusignconnector.sim.common.SimJson;
import org.edusignconnector.sim.common.SimResponse;

/** The paged reference lists: Staff, Students, Groups, Rooms, EventCategories, MarkDefinitions, student-membership. */
final class ReferenceData {

    private ReferenceData() {
    }

    static Resource staff() {
        return (request, t) -> Paging.from(request).respond(t.staff().stream()
                .map(s -> SimJson.object().put("id", s.id()).put("uniqueName", s.uniqueName())
                        .put("name", s.name()).put("email", s.email()))
                .toList(), t.lists());
    }

    static Resource students() {
        return (request, t) -> Paging.from(request).respond(t.students().stream()
                .map(s -> SimJson.object().put("id", s.id()).put("uniqueName", s.uniqueName())
                        .put("name", s.name()).put("email", s.email()).put("mobile", s.mobile()))
                .toList(), t.lists());
    }

    static Resource groups() {
        return (request, t) -> Paging.from(request).respond(t.groups().stream()
                .map(g -> SimJson.object().put("id", g.id()).put("uniqueName", g.uniqueName()).put("name", g.name()))
                .toList(), t.lists());
    }

    static Resource rooms() {
        return (request, t) -> Paging.from(request).respond(t.rooms().stream()
                .map(r -> SimJson.object().put("id", r.id()).put("uniqueName", r.name()).put("name", r.name()))
                .toList(), t.lists());
    }

    /** Distinct categories used by the events, sorted by name, numbered from 1 in that order. */
    static Resource eventCategories() {
        return (request, t) -> {
            List<String> names = t.events().stream().map(CelcatEvent::eventCategory)
                    .filter(Objects::nonNull).distinct().sorted().toList();
            List<ObjectNode> rows = names.stream()
                    .map(name -> SimJson.object().put("id", names.indexOf(name) + 1).put("name", name)).toList();
            return Paging.from(request).respond(rows, t.lists());
        };
    }

    static Resource markDefinitions() {
        return (request, t) -> Paging.from(request).respond(t.markDefinitions().stream()
                .map(m -> SimJson.object().put("Id", m.id()).put("Abbreviation", m.abbreviation())
                        .put("Name", m.name()).put("Definition", m.definition()))
                .toList(), t.lists());
    }

    /** {@code ?groupId=G} required; an unknown group or one without members is 404. */
    static Resource studentMembership() {
        return (request, t) -> {
            String raw = request.param("groupId")
                    .orElseThrow(() -> ApiException.badRequest("The groupId parameter is required"));
            int groupId;
            try {
                groupId = Integer.parseInt(raw);
            } catch (NumberFormatException e) {
                throw ApiException.badRequest("The value '" + raw + "' is not a valid groupId");
            }
            Paging paging = Paging.from(request);
            String override = t.rawMembershipOverride(groupId);
            if (override != null) {
                return paging.page() > 0 ? SimResponse.empty(404)
                        : SimResponse.raw(200, override).withHeader("Pagination", paging.header(1, 1));
            }
            List<ObjectNode> rows = t.group(groupId).map(CelcatGroup::memberStudentIds).orElse(List.of()).stream()
                    .distinct().sorted()
                    .map(studentId -> SimJson.object().put("studentId", studentId).put("groupId", groupId))
                    .toList();
            return paging.respond(rows, t.lists());
        };
    }
}
