package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.sync.RunLease;
import org.edusignconnector.sync.TenantRunLock;
import org.junit.jupiter.api.Test;

/**
 * Fencing: while a run waits on one Edusign write, another instance takes the tenant's lease over
 * (its row rewritten in the database). The run's next lease renewal notices; the run stops before its
 * next write, fails with a message naming the new holder, Edusign receives nothing more, and the end
 * of the run leaves the new holder's lease row alone. On the engine of {@code -Dconnector.test.db}.
 */
class FencingTest {

    @Test
    void aRunThatLostItsLeaseStopsBeforeItsNextWrite() throws Exception {
        CountDownLatch writeArrived = new CountDownLatch(1);
        CountDownLatch releaseWrite = new CountDownLatch(1);
        AtomicBoolean held = new AtomicBoolean();
        try (AcmeFixture acme = new AcmeFixture()) {
            acme.runtime.property("connector.run-lock.lease-seconds", "3").start();
            acme.edusign.setFaultInjector((method, path, n) -> {
                if (!method.equals("GET") && held.compareAndSet(false, true)) {
                    writeArrived.countDown();
                    awaitQuietly(releaseWrite);
                }
                return Optional.empty();
            });

            CompletableFuture<RunSummary> run = CompletableFuture.supplyAsync(() -> acme.runtime.sync("acme"));
            assertThat(writeArrived.await(60, TimeUnit.SECONDS)).as("the run reached its first write").isTrue();
            TenantRunLock lock = acme.runtime.context().getRegistry().lookupByNameAndType("tenantRunLock", TenantRunLock.class);
            String runId = lock.holder("acme").orElseThrow().runId();
            RunLease lease = lock.lease("acme", runId).orElseThrow();
            takeOver(acme, "run-of-node-b", "node-b");
            await().atMost(Duration.ofSeconds(10)).until(() -> lease.fenced().isPresent());
            int writesBeforeRelease = acme.writes().size();
            releaseWrite.countDown();

            RunSummary summary = run.get(60, TimeUnit.SECONDS);
            assertThat(summary.status()).isEqualTo("FAILED");
            assertThat(summary.message()).contains("lost to run run-of-node-b of instance node-b")
                    .contains("nothing more was written");
            assertThat(acme.writes()).as("only the write in flight when the lease was lost reached Edusign")
                    .hasSize(writesBeforeRelease + 1);
            EventLog events = acme.runtime.context().getRegistry().lookupByNameAndType("eventLog", EventLog.class);
            assertThat(events.page("acme", 0, 50, "RUN_FAILED", null)).anySatisfy(e -> {
                assertThat(e.runId()).isEqualTo(runId);
                assertThat(e.message()).contains("node-b");
            });
            assertThat(lock.holder("acme")).as("the new holder's lease row is left alone").get()
                    .satisfies(h -> assertThat(h.owner()).isEqualTo("node-b"));
        } finally {
            releaseWrite.countDown();
        }
    }

    private static void takeOver(AcmeFixture acme, String runId, String owner) throws Exception {
        try (Connection c = acme.runtime.dataSource().getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE tenant_run_lock SET run_id = ?, owner = ? WHERE tenant = 'acme'")) {
            ps.setString(1, runId);
            ps.setString(2, owner);
            assertThat(ps.executeUpdate()).isEqualTo(1);
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
