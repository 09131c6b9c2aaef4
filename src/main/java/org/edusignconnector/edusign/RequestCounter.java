package org.edusignconnector.edusign;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Edusign requests of one run, by type and by {@link RequestOutcome}, each counted once when it
 * ended (after its redeliveries); read by the run summary and the metrics.
 */
public class RequestCounter {

    public enum Type { READ, CREATE, UPDATE, DELETE }

    /** How many requests of one type ended with one outcome. */
    public record Tally(Type type, RequestOutcome outcome, long count) {
    }

    private final Map<Type, Map<RequestOutcome, AtomicLong>> counts = new EnumMap<>(Type.class);

    public RequestCounter() {
        for (Type t : Type.values()) {
            Map<RequestOutcome, AtomicLong> byOutcome = new EnumMap<>(RequestOutcome.class);
            for (RequestOutcome o : RequestOutcome.values()) {
                byOutcome.put(o, new AtomicLong());
            }
            counts.put(t, byOutcome);
        }
    }

    public void count(Type type, RequestOutcome outcome) {
        counts.get(type).get(outcome).incrementAndGet();
    }

    public long get(Type type, RequestOutcome outcome) {
        return counts.get(type).get(outcome).get();
    }

    /** Requests of that type, whatever their outcome. */
    public long get(Type type) {
        return counts.get(type).values().stream().mapToLong(AtomicLong::get).sum();
    }

    public long writes() {
        return get(Type.CREATE) + get(Type.UPDATE) + get(Type.DELETE);
    }

    /** Requests by type, whatever their outcome: {@code read, create, update, delete}. */
    public Map<String, Long> snapshot() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Type t : Type.values()) {
            out.put(t.name().toLowerCase(Locale.ROOT), get(t));
        }
        return out;
    }

    /** Requests by outcome, whatever their type: {@code success, business_error, transient, breaker_open, fatal}. */
    public Map<String, Long> outcomes() {
        Map<String, Long> out = new LinkedHashMap<>();
        for (RequestOutcome o : RequestOutcome.values()) {
            out.put(o.tag(), counts.values().stream().mapToLong(byOutcome -> byOutcome.get(o).get()).sum());
        }
        return out;
    }

    /** Every type and outcome pair, zeros included, for the metrics. */
    public List<Tally> tallies() {
        List<Tally> out = new ArrayList<>();
        counts.forEach((type, byOutcome) -> byOutcome.forEach((outcome, n) -> out.add(new Tally(type, outcome, n.get()))));
        return out;
    }
}
