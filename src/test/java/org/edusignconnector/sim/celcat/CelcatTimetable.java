package org.edusignconnector.sim.celcat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;

/** The data of one Celcat timetable (one {@code TimetableId}). Mutable and thread-safe (one lock). */
public final class CelcatTimetable {

    /** Result of a register write, decided atomically with the store. */
    enum RegisterOutcome { SAVED, CLOSED }

    private final String id;
    private final Map<Integer, CelcatStaff> staff = new TreeMap<>();
    private final Map<Integer, CelcatStudent> students = new TreeMap<>();
    private final Map<Integer, CelcatGroup> groups = new TreeMap<>();
    private final Map<Integer, CelcatRoom> rooms = new TreeMap<>();
    private final Map<Integer, MarkDefinition> marks = new TreeMap<>();
    private final Map<String, CelcatEvent> events = new LinkedHashMap<>();
    private final Map<String, ObjectNode> registers = new LinkedHashMap<>();
    private final List<String> registerWrites = new ArrayList<>();
    private final List<String> registerChanges = new ArrayList<>();
    private final Set<String> closedRegisters = new HashSet<>();
    private boolean freshRegistersEmpty;
    private String rawEventsOverride;
    private final Map<Integer, String> rawMembershipOverrides = new TreeMap<>();
    private final ListQuirks lists = new ListQuirks();

    CelcatTimetable(String id) {
        this.id = id;
        MarkDefinition.defaults().forEach(m -> marks.put(m.id(), m));
    }

    public String id() {
        return id;
    }

    /** How the lists are answered: the reference's way unless a test switches a quirk on. */
    public ListQuirks lists() {
        return lists;
    }

    public synchronized CelcatTimetable addStaff(int id, String uniqueName, String name, String email) {
        staff.put(id, new CelcatStaff(id, uniqueName, name, email));
        return this;
    }

    public synchronized CelcatTimetable addStudent(int id, String uniqueName, String name, String email, String mobile) {
        students.put(id, new CelcatStudent(id, uniqueName, name, email, mobile));
        return this;
    }

    public synchronized CelcatTimetable addGroup(int id, String uniqueName, String name, int... memberStudentIds) {
        groups.put(id, new CelcatGroup(id, uniqueName, name, Arrays.stream(memberStudentIds).boxed().toList()));
        return this;
    }

    public synchronized CelcatTimetable addRoom(int id, String name) {
        rooms.put(id, new CelcatRoom(id, name));
        return this;
    }

    public synchronized CelcatTimetable addMarkDefinition(MarkDefinition mark) {
        marks.put(mark.id(), mark);
        return this;
    }

    /** Adds the event, replacing any event with the same id. */
    public synchronized CelcatTimetable addEvent(CelcatEvent e) {
        events.put(e.id(), e);
        return this;
    }

    public synchronized boolean removeEvent(String id) {
        return events.remove(id) != null;
    }

    /** Replaces an existing event by {@code change(event)}; the id must stay the same. */
    public synchronized void updateEvent(String id, UnaryOperator<CelcatEvent> change) {
        CelcatEvent current = events.get(id);
        if (current == null) {
            throw new IllegalArgumentException("no event " + id);
        }
        CelcatEvent changed = change.apply(current);
        if (!id.equals(changed.id())) {
            throw new IllegalArgumentException("updateEvent must keep the id " + id);
        }
        events.put(id, changed);
    }

    public synchronized List<CelcatEvent> events() {
        return List.copyOf(events.values());
    }

    public synchronized Optional<CelcatEvent> event(String id) {
        return Optional.ofNullable(events.get(id));
    }

    public synchronized List<CelcatStaff> staff() {
        return List.copyOf(staff.values());
    }

    public synchronized List<CelcatStudent> students() {
        return List.copyOf(students.values());
    }

    public synchronized List<CelcatGroup> groups() {
        return List.copyOf(groups.values());
    }

    public synchronized Optional<CelcatGroup> group(int id) {
        return Optional.ofNullable(groups.get(id));
    }

    public synchronized List<CelcatRoom> rooms() {
        return List.copyOf(rooms.values());
    }

    public synchronized Optional<CelcatRoom> room(int id) {
        return Optional.ofNullable(rooms.get(id));
    }

    public synchronized List<MarkDefinition> markDefinitions() {
        return List.copyOf(marks.values());
    }

    public synchronized Optional<MarkDefinition> markDefinition(int id) {
        return Optional.ofNullable(marks.get(id));
    }

    /** Learners of an event: members of its groups, then its individual students, without repeats. */
    public synchronized Set<Integer> learnersOf(CelcatEvent e) {
        Set<Integer> learners = new LinkedHashSet<>();
        for (int groupId : e.groupIds()) {
            CelcatGroup g = groups.get(groupId);
            if (g != null) {
                learners.addAll(g.memberStudentIds());
            }
        }
        learners.addAll(e.studentIds());
        return Collections.unmodifiableSet(learners);
    }

    /**
     * The register of each event written at least once, by WebAPI event id, as {@code GET Registers/{id}}
     * answers it (copies).
     */
    public synchronized Map<String, JsonNode> registers() {
        Map<String, JsonNode> copy = new LinkedHashMap<>();
        registers.forEach((k, v) -> copy.put(k, v.deepCopy()));
        return copy;
    }

    /** Event ids (WebAPI form), one per accepted register PUT, in order. */
    public synchronized List<String> registerWrites() {
        return List.copyOf(registerWrites);
    }

    /**
     * Event ids, one per accepted PUT that changed what the register holds: an identical PUT again is
     * accepted and changes nothing (the contract's idempotent write), so it is not here.
     */
    public synchronized List<String> registerChanges() {
        return List.copyOf(registerChanges);
    }

    /** From now on a PUT to this event's register answers 409. */
    public synchronized void closeRegister(String eventId) {
        closedRegisters.add(eventId);
    }

    public synchronized boolean isRegisterClosed(String eventId) {
        return closedRegisters.contains(eventId);
    }

    /** When not null, {@code /Events} answers this exact body (page 0 only). */
    public synchronized void setRawEventsOverride(String rawJsonBody) {
        rawEventsOverride = rawJsonBody;
    }

    synchronized String rawEventsOverride() {
        return rawEventsOverride;
    }

    /** When not null, {@code /student-membership?groupId=G} answers this exact body (page 0 only). */
    public synchronized void setRawMembershipOverride(int groupId, String rawJsonBody) {
        if (rawJsonBody == null) {
            rawMembershipOverrides.remove(groupId);
        } else {
            rawMembershipOverrides.put(groupId, rawJsonBody);
        }
    }

    synchronized String rawMembershipOverride(int groupId) {
        return rawMembershipOverrides.get(groupId);
    }

    /** The event whose composite id carries this event number and week (see {@link RegisterKey}). */
    synchronized Optional<CelcatEvent> eventOfRegister(RegisterKey key) {
        return events.values().stream().filter(e -> RegisterKey.ofEvent(e.id()).filter(key::equals).isPresent()).findFirst();
    }

    /**
     * Quirk (off by default): a register never written lists no learner at all instead of every learner
     * unmarked, as an installation that creates marks only when they are taken would answer.
     */
    public synchronized void setFreshRegistersEmpty(boolean empty) {
        freshRegistersEmpty = empty;
    }

    /** The register of the event as stored, or a fresh one listing its learners unmarked. */
    synchronized ObjectNode register(CelcatEvent event, RegisterKey key) {
        ObjectNode stored = registers.get(event.id());
        return stored != null ? stored.deepCopy() : Registers.fresh(key, freshRegistersEmpty ? Set.of() : learnersOf(event));
    }

    synchronized RegisterOutcome storeRegister(String eventId, ObjectNode register) {
        if (closedRegisters.contains(eventId)) {
            return RegisterOutcome.CLOSED;
        }
        JsonNode previous = registers.put(eventId, register.deepCopy());
        registerWrites.add(eventId);
        if (!register.equals(previous)) {
            registerChanges.add(eventId);
        }
        return RegisterOutcome.SAVED;
    }
}
