package org.edusignconnector.edusign;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** Edusign requests of one run, by type; read by the run summary and the benchmark. */
public class RequestCounter {

    public enum Type { READ, CREATE, UPDATE, DELETE }

    private final Map<Type, AtomicLong> counts = new EnumMap<>(Type.class);

    public RequestCounter() {
        for (Type t : Type.values()) {
            counts.put(t, new AtomicLong());
        }
    }

    public void count(Type type) {
        counts.get(type).incrementAndGet();
    }

    public long get(Type type) {
        return counts.get(type).get();
    }

    public long writes() {
        return get(Type.CREATE) + get(Type.UPDATE) + get(Type.DELETE);
    }

    public Map<String, Long> snapshot() {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        counts.forEach((k, v) -> out.put(k.name().toLowerCase(java.util.Locale.ROOT), v.get()));
        return out;
    }
}
