package org.edusignconnector.sim.celcat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One timetable event as stored by the simulator. Times are local (Paris wall-clock, no offset).
 * {@code end} may be null only for all-day events; {@code modules} and {@code name} may be null.
 */
public record CelcatEvent(String id, LocalDateTime start, LocalDateTime end, boolean allDay,
        String eventCategory, String department, List<String> sites, List<String> modules, String description,
        String name, List<Integer> roomIds, List<Integer> staffIds, List<Integer> groupIds, List<Integer> studentIds,
        LocalDateTime lastModified) {

    public CelcatEvent {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("event id is required");
        }
        Objects.requireNonNull(start, "start");
        if (end == null && !allDay) {
            throw new IllegalArgumentException("end is required unless allDay: " + id);
        }
        if (end != null && end.isBefore(start)) {
            throw new IllegalArgumentException("end before start: " + id);
        }
        sites = sites == null ? List.of() : List.copyOf(sites);
        modules = modules == null ? null : List.copyOf(modules);
        roomIds = copy(roomIds);
        staffIds = copy(staffIds);
        groupIds = copy(groupIds);
        studentIds = copy(studentIds);
    }

    public static Builder builder(String id) {
        return new Builder(id);
    }

    public Builder toBuilder() {
        Builder b = new Builder(id).start(start).end(end).allDay(allDay).category(eventCategory)
                .department(department).description(description).name(name).lastModified(lastModified);
        b.sites = sites;
        b.modules = modules;
        b.rooms = roomIds;
        b.staff = staffIds;
        b.groups = groupIds;
        b.students = studentIds;
        return b;
    }

    /** First and last calendar day the event touches (an all-day event without end covers its start day). */
    LocalDate firstDay() {
        return start.toLocalDate();
    }

    LocalDate lastDay() {
        if (end == null) {
            return start.toLocalDate();
        }
        boolean endsAtMidnight = end.toLocalTime().equals(java.time.LocalTime.MIDNIGHT) && end.isAfter(start);
        return endsAtMidnight ? end.toLocalDate().minusDays(1) : end.toLocalDate();
    }

    private static List<Integer> copy(List<Integer> ids) {
        return ids == null ? List.of() : List.copyOf(ids);
    }

    private static List<Integer> ints(int... ids) {
        return Arrays.stream(ids).boxed().toList();
    }

    /** Fluent builder; description and lastModified get deterministic defaults when not set. */
    public static final class Builder {
        private final String id;
        private LocalDateTime start;
        private LocalDateTime end;
        private boolean allDay;
        private String category;
        private String department;
        private List<String> sites = List.of();
        private List<String> modules = List.of();
        private String description;
        private String name;
        private List<Integer> rooms = List.of();
        private List<Integer> staff = List.of();
        private List<Integer> groups = List.of();
        private List<Integer> students = List.of();
        private LocalDateTime lastModified;

        private Builder(String id) {
            this.id = id;
        }

        public Builder start(LocalDateTime v) { start = v; return this; }
        public Builder end(LocalDateTime v) { end = v; return this; }
        public Builder allDay(boolean v) { allDay = v; return this; }
        public Builder category(String v) { category = v; return this; }
        public Builder department(String v) { department = v; return this; }
        public Builder sites(String... v) { sites = List.of(v); return this; }
        public Builder modules(String... v) { modules = List.of(v); return this; }
        /** Serves {@code "modules": null}, as seen in real payloads. */
        public Builder nullModules() { modules = null; return this; }
        public Builder description(String v) { description = v; return this; }
        public Builder name(String v) { name = v; return this; }
        public Builder rooms(int... v) { rooms = ints(v); return this; }
        public Builder staff(int... v) { staff = ints(v); return this; }
        public Builder groups(int... v) { groups = ints(v); return this; }
        public Builder students(int... v) { students = ints(v); return this; }
        public Builder lastModified(LocalDateTime v) { lastModified = v; return this; }

        public CelcatEvent build() {
            Objects.requireNonNull(start, "start");
            String desc = description != null ? description
                    : String.join("\r\n\r\n<br />\r\n\r\n", Objects.toString(category, ""), Objects.toString(name, "")) + "\r\n";
            LocalDateTime modified = lastModified != null ? lastModified
                    : start.toLocalDate().minusDays(7).atTime(17, 2, 11);
            return new CelcatEvent(id, start, end, allDay, category, department, sites, modules, desc, name,
                    rooms, staff, groups, students, modified);
        }
    }
}
