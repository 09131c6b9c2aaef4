package org.edusignconnector.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows password guessing per client address, in bounded memory. Each failed authentication doubles
 * the delay before that address is heard again (from {@code base} up to {@code cap}); every attempt
 * from an address with failures takes the next free slot, so parallel guesses queue instead of
 * running side by side, and an attempt whose slot is further than {@code maxWait} away is refused at
 * once (429) rather than holding a server thread. A success, or a quarter of an hour without
 * failure, clears the address. Only the most recently seen addresses are remembered.
 */
public class LoginThrottle {

    private static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    /** When an attempt may be checked: after {@code delay}, or not at all ({@code refused}). */
    public record Admission(Duration delay, boolean refused) {
        static final Admission AT_ONCE = new Admission(Duration.ZERO, false);
    }

    private static final class Address {
        int failures;
        Instant nextSlot;
        Instant lastFailure;
    }

    private final Clock clock;
    private final Duration base;
    private final Duration cap;
    private final Duration maxWait;
    private final Map<String, Address> addresses;

    public LoginThrottle(Clock clock, Duration base, Duration cap, Duration maxWait, int capacity) {
        this.clock = clock;
        this.base = base;
        this.cap = cap;
        this.maxWait = maxWait;
        this.addresses = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Address> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The throttle of the connector's logins: 100 ms doubling to 3 s per address; a turn more than 5 s away is refused. */
    public static LoginThrottle forLogins(Clock clock) {
        return new LoginThrottle(clock, Duration.ofMillis(100), Duration.ofSeconds(3), Duration.ofSeconds(5), 10_000);
    }

    /** Books the next slot of {@code address}: how long to wait before checking its credentials. */
    public synchronized Admission admit(String address) {
        Instant now = clock.instant();
        Address a = current(address, now);
        if (a == null) {
            return Admission.AT_ONCE;
        }
        Instant slot = a.nextSlot.isAfter(now) ? a.nextSlot : now;
        Duration wait = Duration.between(now, slot);
        if (wait.compareTo(maxWait) > 0) {
            return new Admission(wait, true);
        }
        a.nextSlot = slot.plus(delay(a.failures));
        return new Admission(wait, false);
    }

    public synchronized void failed(String address) {
        Instant now = clock.instant();
        Address a = current(address, now);
        if (a == null) {
            a = new Address();
            a.nextSlot = now;
            addresses.put(address, a);
        }
        a.failures++;
        a.lastFailure = now;
        Instant earliest = now.plus(delay(a.failures));
        if (earliest.isAfter(a.nextSlot)) {
            a.nextSlot = earliest;
        }
    }

    public synchronized void succeeded(String address) {
        addresses.remove(address);
    }

    private Address current(String address, Instant now) {
        Address a = addresses.get(address);
        if (a != null && !now.isBefore(a.lastFailure.plus(FORGET_AFTER)) && !a.nextSlot.isAfter(now)) {
            addresses.remove(address);
            return null;
        }
        return a;
    }

    private Duration delay(int failures) {
        long millis = base.toMillis() << Math.min(failures - 1, 20);
        return millis >= cap.toMillis() ? cap : Duration.ofMillis(millis);
    }
}
