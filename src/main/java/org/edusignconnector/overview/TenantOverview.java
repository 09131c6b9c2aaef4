package org.edusignconnector.overview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.doctor.DoctorVerdicts;
import org.edusignconnector.events.RunStore.StoredRun;
import org.edusignconnector.sync.DeletionHolds.Hold;

/**
 * All tenants at a glance, problems first: a tenant whose last finished run FAILED, then one that needs a
 * look (deletions held, courses not sent for a data problem or refused by Edusign, a doctor FAIL), then the
 * healthy ones; by name within each. Works on what the stores hold; reads nothing itself.
 */
public final class TenantOverview {

    /** Courses not sent: the reasons a course is skipped (a person left out of a course that was sent is not). */
    public static final Set<ReasonCode> SKIPS = EnumSet.of(ReasonCode.PAST, ReasonCode.SAME_DAY, ReasonCode.OUTSIDE_WINDOW,
            ReasonCode.ALL_DAY_EVENT, ReasonCode.INVALID_COURSE_DATA, ReasonCode.FILTERED_TIMETABLE, ReasonCode.FILTERED_CATEGORY,
            ReasonCode.FILTERED_COMPANY, ReasonCode.FILTERED_AREA, ReasonCode.FILTERED_ACTIVITY, ReasonCode.FILTERED_BY_TENANT,
            ReasonCode.NO_VALID_INSTRUCTOR, ReasonCode.NO_VALID_LEARNER, ReasonCode.DUPLICATE_INSTRUCTOR_EMAIL);

    /**
     * Skips and failures the school would want fixed. The window and the tenant's filters skip courses by design
     * (dozens at every run): shown, but a school with only those is healthy.
     */
    public static final Set<ReasonCode> NEEDS_A_LOOK = EnumSet.of(ReasonCode.INVALID_COURSE_DATA, ReasonCode.NO_VALID_INSTRUCTOR,
            ReasonCode.NO_VALID_LEARNER, ReasonCode.DUPLICATE_INSTRUCTOR_EMAIL, ReasonCode.EDUSIGN_REJECTED,
            ReasonCode.EDUSIGN_UNANSWERED, ReasonCode.EDUSIGN_UNKNOWN_ANSWER, ReasonCode.ADOPTION_AMBIGUOUS);

    /** Items a completed run could not write: the run went on, these did not reach Edusign. */
    public static final Set<ReasonCode> FAILURES = EnumSet.of(ReasonCode.EDUSIGN_REJECTED, ReasonCode.EDUSIGN_UNANSWERED,
            ReasonCode.EDUSIGN_UNKNOWN_ANSWER, ReasonCode.ADOPTION_AMBIGUOUS);

    public enum Health { FAILED, NEEDS_A_LOOK, HEALTHY }

    /**
     * What the stores hold of one tenant: its last runs newest first, its last completed run, its last finished down
     * run (however many up runs came after it), hold and doctor verdict.
     */
    public record TenantState(String tenant, String source, String cron, List<StoredRun> lastRuns, StoredRun lastSuccess,
                              StoredRun lastDown, Hold hold, DoctorVerdicts.Last doctor) {
    }

    public record LastRun(String runId, String direction, String trigger, String status, Instant startedAt, Instant endedAt,
                          String message) {
    }

    /** One row of the overview; {@code why} says in a few words what put the tenant where it is. */
    public record Row(String tenant, String source, Health health, List<String> why, LastRun lastRun, Instant lastSuccess,
                      Instant nextRun, Map<String, Long> skipped, Map<String, Long> failed, Hold deletionHold,
                      DoctorVerdicts.Last doctor) {
    }

    private final ObjectMapper json;

    public TenantOverview(ObjectMapper json) {
        this.json = json;
    }

    /** The rows, problems first; {@code now} is the connector's clock, {@code scheduled} false when schedules are off. */
    public List<Row> rows(List<TenantState> tenants, Instant now, boolean scheduled) {
        return tenants.stream().map(t -> row(t, now, scheduled))
                .sorted(Comparator.comparing(Row::health).thenComparing(Row::tenant))
                .toList();
    }

    private Row row(TenantState t, Instant now, boolean scheduled) {
        StoredRun last = t.lastRuns().isEmpty() ? null : t.lastRuns().get(0);
        // A run in progress says nothing yet: the tenant stays where its last finished run put it.
        StoredRun finished = t.lastRuns().stream().filter(r -> !"RUNNING".equals(r.status())).findFirst().orElse(null);
        StoredRun lastDown = t.lastDown();
        Map<String, Long> counts = lastDown == null ? Map.of() : counts(lastDown.counts());
        Map<String, Long> skipped = only(counts, SKIPS);
        Map<String, Long> failed = only(counts, FAILURES);

        // A failed run is said by the health itself (and its message by the last run): why lists the rest.
        List<String> why = new ArrayList<>();
        if (t.hold() != null) {
            why.add(count(t.hold().heldCount(), "deletion") + " held");
        }
        long notSent = only(counts, NEEDS_A_LOOK).values().stream().mapToLong(Long::longValue).sum();
        if (notSent > 0) {
            why.add(count(notSent, "course") + " not sent for a problem");
        }
        if (t.doctor() != null && t.doctor().failed()) {
            why.add("doctor: " + count(t.doctor().fails(), "failed check"));
        }
        Health health = finished != null && "FAILED".equals(finished.status()) ? Health.FAILED
                : why.isEmpty() ? Health.HEALTHY : Health.NEEDS_A_LOOK;
        return new Row(t.tenant(), t.source(), health, List.copyOf(why), last == null ? null : lastRun(last),
                t.lastSuccess() == null ? null : end(t.lastSuccess()),
                scheduled ? NextRun.after(t.cron(), now).orElse(null) : null, skipped, failed, t.hold(), t.doctor());
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static LastRun lastRun(StoredRun r) {
        return new LastRun(r.runId(), r.direction(), r.trigger(), r.status(), r.startedAt(), r.endedAt(), r.message());
    }

    private static Instant end(StoredRun r) {
        return r.endedAt() == null ? r.startedAt() : r.endedAt();
    }

    /** The run's stored counts (JSON text by reason code); unreadable counts are none. */
    private Map<String, Long> counts(String text) {
        Map<String, Long> out = new LinkedHashMap<>();
        if (text == null) {
            return out;
        }
        try {
            JsonNode node = json.readTree(text);
            node.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asLong()));
        } catch (Exception unreadable) {
            return Map.of();
        }
        return out;
    }

    /** The counts of those reasons, largest first (then by name, for a stable order). */
    private static Map<String, Long> only(Map<String, Long> counts, Set<ReasonCode> reasons) {
        Map<String, Long> out = new LinkedHashMap<>();
        counts.entrySet().stream()
                .filter(e -> e.getValue() > 0 && reasons.stream().anyMatch(r -> r.name().equals(e.getKey())))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEachOrdered(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
