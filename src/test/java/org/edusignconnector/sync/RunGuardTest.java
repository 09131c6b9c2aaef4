package org.edusignconnector.sync;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import org.edusignconnector.http.HttpCall;
import org.junit.jupiter.api.Test;

/**
 * The fence and the deadline of one run, on a hand-driven monotonic clock: a run writes only while
 * its lease is neither lost nor older than one lease since its last renewal, and does nothing at all
 * once past its deadline.
 */
class RunGuardTest {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final HttpCall WRITE = new HttpCall("edusign", "acme", "POST", "https://edusign.test/v1/course",
            Map.of("Authorization", "Bearer secret-key"), "{}", null);
    private static final HttpCall READ = HttpCall.get("edusign", "acme", "https://edusign.test/v1/course/get-id/x?e=a@b.c", Map.of());

    private final AtomicLong now = new AtomicLong(1_000);
    private final RunLease lease = new RunLease("acme", "run-1", LEASE, now::get, now.get());
    private final RunGuard guard = new RunGuard("acme", "run-1", Optional.of(lease), Duration.ofMinutes(120), now::get);

    @Test
    void aRunHoldingItsLeaseWrites() {
        advance(Duration.ofSeconds(29));
        assertThatCode(() -> guard.beforeCall(WRITE)).doesNotThrowAnyException();
        assertThatCode(guard::beforeStep).doesNotThrowAnyException();
    }

    @Test
    void aLeaseTakenOverStopsTheNextWriteAndNamesTheNewHolder() {
        lease.lost(new TenantRunLock.Holder("acme", "run-2", "node-b", OffsetDateTime.now()));

        assertThatThrownBy(() -> guard.beforeCall(WRITE)).isInstanceOf(LeaseLostException.class)
                .hasMessageContaining("lost to run run-2 of instance node-b")
                .hasMessageContaining("stopped before POST https://edusign.test/v1/course, nothing more was written")
                .hasMessageNotContaining("secret-key");
        assertThatThrownBy(guard::beforeStep).isInstanceOf(LeaseLostException.class);
        assertThatCode(() -> guard.beforeCall(READ)).as("a read changes nothing").doesNotThrowAnyException();
    }

    @Test
    void aDeletedLeaseRowFencesToo() {
        lease.lost(null);
        assertThatThrownBy(() -> guard.beforeCall(WRITE)).isInstanceOf(LeaseLostException.class).hasMessageContaining("its row was deleted or could not be read");
    }

    @Test
    void aLeaseNotRenewedForAWholeLeaseFencesTheRun() {
        advance(LEASE);
        assertThatThrownBy(() -> guard.beforeCall(WRITE)).isInstanceOf(LeaseLostException.class)
                .hasMessageContaining("last renewed 30 s ago, not within its 30 s");

        lease.renewed(now.get());
        assertThatCode(() -> guard.beforeCall(WRITE)).as("renewed again: the lease is ours").doesNotThrowAnyException();
    }

    @Test
    void aLateRenewalResultNeverMovesTheLeaseBack() {
        long sentEarly = now.get();
        advance(Duration.ofSeconds(20));
        lease.renewed(now.get());
        lease.renewed(sentEarly);
        advance(Duration.ofSeconds(20));
        assertThatCode(() -> guard.beforeCall(WRITE)).doesNotThrowAnyException();
    }

    @Test
    void pastItsDeadlineARunStopsBeforeAnyCallOrStep() {
        RunGuard shortRun = new RunGuard("acme", "run-1", Optional.of(lease), Duration.ofSeconds(90), now::get);
        advance(Duration.ofSeconds(89));
        assertThatCode(() -> shortRun.beforeCall(READ)).doesNotThrowAnyException();

        advance(Duration.ofSeconds(1));
        lease.renewed(now.get());
        assertThatThrownBy(() -> shortRun.beforeCall(READ)).isInstanceOf(RunDeadlineException.class)
                .hasMessageContaining("reached its deadline of 90.0 s").hasMessageContaining("stopped before GET https://edusign.test/v1/course/get-id/x")
                .hasMessageNotContaining("a@b.c");
        assertThatThrownBy(shortRun::beforeStep).isInstanceOf(RunDeadlineException.class);
    }

    private void advance(Duration d) {
        now.addAndGet(d.toNanos());
    }
}
