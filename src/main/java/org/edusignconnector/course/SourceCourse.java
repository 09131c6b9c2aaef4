package org.edusignconnector.course;

import java.time.ZonedDateTime;
import java.util.List;

/**
 * One course (Celcat event, FCA séance) read from a source system, normalised.
 * Times are zoned (Europe/Paris wall clock, or the source's own offset); {@code dataProblem}
 * is set when the source record itself is unusable. Getters exist so that tenant filters written
 * in Simple can read fields, e.g. {@code ${body.room} startsWith 'Visio'}.
 */
public final class SourceCourse {

    private final String sourceKey;
    private final String name;
    private final ZonedDateTime start;
    private final ZonedDateTime end;
    private final boolean allDay;
    private final String room;
    private final String category;
    private final String company;
    private final List<String> areas;
    private final String timetableId;
    private final String activity;
    private final List<SourcePerson> instructors;
    private final List<SourcePerson> learners;
    private final List<SourceGroup> groups;
    private final String dataProblem;

    private SourceCourse(Builder b) {
        this.sourceKey = b.sourceKey;
        this.name = b.name;
        this.start = b.start;
        this.end = b.end;
        this.allDay = b.allDay;
        this.room = b.room;
        this.category = b.category;
        this.company = b.company;
        this.areas = List.copyOf(b.areas);
        this.timetableId = b.timetableId;
        this.activity = b.activity;
        this.instructors = List.copyOf(b.instructors);
        this.learners = List.copyOf(b.learners);
        this.groups = List.copyOf(b.groups);
        this.dataProblem = b.dataProblem;
    }

    public static Builder builder(String sourceKey) {
        return new Builder(sourceKey);
    }

    public Builder toBuilder() {
        Builder b = new Builder(sourceKey);
        b.name = name;
        b.start = start;
        b.end = end;
        b.allDay = allDay;
        b.room = room;
        b.category = category;
        b.company = company;
        b.areas = areas;
        b.timetableId = timetableId;
        b.activity = activity;
        b.instructors = instructors;
        b.learners = learners;
        b.groups = groups;
        b.dataProblem = dataProblem;
        return b;
    }

    public String getSourceKey() { return sourceKey; }
    public String getName() { return name; }
    public ZonedDateTime getStart() { return start; }
    public ZonedDateTime getEnd() { return end; }
    public boolean isAllDay() { return allDay; }
    public String getRoom() { return room; }
    public String getCategory() { return category; }
    public String getCompany() { return company; }
    public List<String> getAreas() { return areas; }
    public String getTimetableId() { return timetableId; }
    public String getActivity() { return activity; }
    public List<SourcePerson> getInstructors() { return instructors; }
    public List<SourcePerson> getLearners() { return learners; }
    public List<SourceGroup> getGroups() { return groups; }
    public String getDataProblem() { return dataProblem; }

    @Override
    public String toString() {
        return "SourceCourse[" + sourceKey + " '" + name + "' " + start + "]";
    }

    /** Mutable assembly of a course by a source adapter. */
    public static final class Builder {
        private final String sourceKey;
        private String name;
        private ZonedDateTime start;
        private ZonedDateTime end;
        private boolean allDay;
        private String room;
        private String category;
        private String company;
        private List<String> areas = List.of();
        private String timetableId;
        private String activity;
        private List<SourcePerson> instructors = List.of();
        private List<SourcePerson> learners = List.of();
        private List<SourceGroup> groups = List.of();
        private String dataProblem;

        private Builder(String sourceKey) {
            if (sourceKey == null || sourceKey.isBlank()) {
                throw new IllegalArgumentException("a course needs a source id");
            }
            this.sourceKey = sourceKey;
        }

        public Builder name(String v) { this.name = v; return this; }
        public Builder start(ZonedDateTime v) { this.start = v; return this; }
        public Builder end(ZonedDateTime v) { this.end = v; return this; }
        public Builder allDay(boolean v) { this.allDay = v; return this; }
        public Builder room(String v) { this.room = v; return this; }
        public Builder category(String v) { this.category = v; return this; }
        public Builder company(String v) { this.company = v; return this; }
        public Builder areas(List<String> v) { this.areas = v == null ? List.of() : v; return this; }
        public Builder timetableId(String v) { this.timetableId = v; return this; }
        public Builder activity(String v) { this.activity = v; return this; }
        public Builder instructors(List<SourcePerson> v) { this.instructors = v; return this; }
        public Builder learners(List<SourcePerson> v) { this.learners = v; return this; }
        public Builder groups(List<SourceGroup> v) { this.groups = v; return this; }
        public Builder dataProblem(String v) { this.dataProblem = v; return this; }

        public SourceCourse build() {
            return new SourceCourse(this);
        }
    }
}
