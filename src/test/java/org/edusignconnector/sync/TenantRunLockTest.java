package org.edusignconnector.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.edusignconnector.runtime.Database;
import org.edusignconnector.sync.TenantRunLock.Outcome;
import org.edusignconnector.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The tenant run lease between instances sharing a database, on the engine of {@code -Dconnector.test.db}. */
class TenantRunLockTest {

    private static final Duration LEASE = Duration.ofSeconds(3);

    private TestDatabase database;
    private HikariDataSource dataSource;
    private final List<TenantRunLock> locks = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        database = TestDatabase.create(Files.createTempDirectory("lock-test"));
        dataSource = Database.open(database.url(), database.user(), database.password(), 8);
    }

    @AfterEach
    void close() {
        locks.forEach(TenantRunLock::stop);
        dataSource.close();
        database.close();
    }

    @Test
    void aSecondInstanceIsRefusedUntilTheFirstReleases() {
        TenantRunLock a = lock("node-a");
        TenantRunLock b = lock("node-b");

        assertThat(a.acquire("acme", "run-1")).isEqualTo(new Outcome.Acquired(null));
        Outcome refused = b.acquire("acme", "run-2");
        assertThat(refused).isInstanceOfSatisfying(Outcome.Refused.class, r -> {
            assertThat(r.holder().runId()).isEqualTo("run-1");
            assertThat(r.holder().owner()).isEqualTo("node-a");
        });
        assertThat(b.acquire("beta", "run-3")).as("another tenant").isInstanceOf(Outcome.Acquired.class);

        a.release("acme", "run-1");
        assertThat(b.acquire("acme", "run-2")).isEqualTo(new Outcome.Acquired(null));
    }

    @Test
    void aLeaseKeptRenewedIsNeverTakenOver() {
        TenantRunLock a = lock("node-a");
        TenantRunLock b = lock("node-b");
        a.acquire("acme", "run-1");
        java.time.Instant firstExpiry = a.holder("acme").orElseThrow().expiresAt().toInstant();

        // past the first expiry: only renewals keep the lease
        await().atMost(LEASE.multipliedBy(3)).until(() -> java.time.Instant.now().isAfter(firstExpiry.plusMillis(500)));

        assertThat(b.acquire("acme", "run-2")).isInstanceOf(Outcome.Refused.class);
        assertThat(a.holder("acme").orElseThrow().expiresAt().toInstant()).isAfter(firstExpiry);
    }

    @Test
    void theLeaseOfADeadInstanceExpiresAndIsTakenOverOnce() throws Exception {
        TenantRunLock dead = new TenantRunLock(dataSource, "node-dead", LEASE); // never started: never renews, like a killed process
        assertThat(dead.acquire("acme", "run-1")).isInstanceOf(Outcome.Acquired.class);
        TenantRunLock b = lock("node-b");
        TenantRunLock c = lock("node-c");
        assertThat(b.acquire("acme", "run-2")).isInstanceOf(Outcome.Refused.class);

        await().atMost(LEASE.multipliedBy(3)).until(() -> b.holder("acme").orElseThrow().expiresAt().toInstant()
                .isBefore(java.time.Instant.now().minusMillis(200)));
        List<Outcome> outcomes = race(() -> b.acquire("acme", "run-b"), () -> c.acquire("acme", "run-c"));

        assertThat(outcomes).filteredOn(o -> o instanceof Outcome.Acquired).singleElement()
                .satisfies(o -> assertThat(((Outcome.Acquired) o).abandoned().runId()).isEqualTo("run-1"));
        assertThat(outcomes).filteredOn(o -> o instanceof Outcome.Refused).hasSize(1);
    }

    @Test
    void aReleaseByAnotherRunDoesNotFreeTheLease() throws Exception {
        TenantRunLock a = lock("node-a");
        a.acquire("acme", "run-1");
        a.release("acme", "stale-run");
        assertThat(a.holder("acme")).get().extracting(TenantRunLock.Holder::runId).isEqualTo("run-1");
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM tenant_run_lock")) {
            var rs = ps.executeQuery();
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
        }
    }

    @Test
    void aRenewalFindingTheRowTakenFencesTheRunAndItsReleaseLeavesTheNewHolder() throws Exception {
        TenantRunLock a = lock("node-a");
        a.acquire("acme", "run-1");
        RunLease lease = a.lease("acme", "run-1").orElseThrow();
        assertThat(lease.fenced()).isEmpty();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE tenant_run_lock SET run_id = 'run-2', owner = 'node-b' WHERE tenant = 'acme'")) {
            ps.executeUpdate();
        }

        await().atMost(LEASE.multipliedBy(2)).until(() -> lease.fenced().isPresent());
        assertThat(lease.fenced()).get().asString().contains("lost to run run-2 of instance node-b");
        assertThat(a.lease("acme", "run-1")).as("no longer held").isEmpty();
        a.release("acme", "run-1");
        assertThat(a.holder("acme")).get().extracting(TenantRunLock.Holder::owner).isEqualTo("node-b");
    }

    @Test
    void concurrentAcquisitionsGrantOneLease() throws Exception {
        TenantRunLock a = lock("node-a");
        TenantRunLock b = lock("node-b");
        for (int i = 0; i < 20; i++) {
            String tenant = "t" + i;
            List<Outcome> outcomes = race(() -> a.acquire(tenant, "a-" + tenant), () -> b.acquire(tenant, "b-" + tenant));
            assertThat(outcomes).filteredOn(o -> o instanceof Outcome.Acquired).as(tenant).hasSize(1);
        }
    }

    private TenantRunLock lock(String owner) {
        TenantRunLock lock = new TenantRunLock(dataSource, owner, LEASE);
        lock.start();
        locks.add(lock);
        return lock;
    }

    private static List<Outcome> race(Callable<Outcome> first, Callable<Outcome> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier barrier = new CyclicBarrier(2);
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Callable<Outcome> c : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    barrier.await(10, TimeUnit.SECONDS);
                    return c.call();
                }));
            }
            List<Outcome> out = new ArrayList<>();
            for (Future<Outcome> f : futures) {
                out.add(f.get(20, TimeUnit.SECONDS));
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }
}
