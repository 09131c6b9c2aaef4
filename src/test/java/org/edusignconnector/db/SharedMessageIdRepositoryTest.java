package org.edusignconnector.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariDataSource;
import org.apache.camel.processor.idempotent.jdbc.JdbcMessageIdRepository;
import org.edusignconnector.runtime.Database;
import org.edusignconnector.tenant.SharedMessageIdRepository;
import org.edusignconnector.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

/**
 * Two instances adding the same key to a shared idempotent repository: one insert wins, the other
 * answers "already there" (false) instead of failing its exchange. On the engine of
 * {@code -Dconnector.test.db}.
 */
class SharedMessageIdRepositoryTest {

    private TestDatabase database;
    private HikariDataSource dataSource;

    @BeforeEach
    void open() throws Exception {
        database = TestDatabase.create(Files.createTempDirectory("repo-test"));
        dataSource = Database.open(database.url(), database.user(), database.password(), 8);
    }

    @AfterEach
    void close() {
        dataSource.close();
        database.close();
    }

    @Test
    void theLoserOfTheCountThenInsertRaceAnswersAlreadyDone() throws Exception {
        SharedMessageIdRepository nodeA = started(new SharedMessageIdRepository(dataSource, "acme-downstream"));
        SharedMessageIdRepository nodeB = started(new CountedBeforeTheOtherInsert(dataSource, "acme-downstream"));

        assertThat(nodeA.add("course-1@abc")).isTrue();
        assertThat(nodeB.add("course-1@abc")).as("the key node A stored meanwhile").isFalse();
        assertThat(nodeA.contains("course-1@abc")).isTrue();
        assertThat(nodeB.add("course-2@abc")).isTrue();
    }

    @Test
    void camelsOwnRepositoryFailsInThatRace() throws Exception {
        started(new SharedMessageIdRepository(dataSource, "acme-downstream")).add("course-1@abc");
        JdbcMessageIdRepository plain = new JdbcMessageIdRepository(dataSource, "acme-downstream") {
            @Override
            protected int queryForInt(String key) {
                return 0;
            }
        };
        plain.setCreateTableIfNotExists(false);
        plain.start();

        assertThatThrownBy(() -> plain.add("course-1@abc")).isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void concurrentAddsOfTheSameKeysStoreEachOnceAndNeverThrow() throws Exception {
        SharedMessageIdRepository nodeA = started(new SharedMessageIdRepository(dataSource, "acme-upstream"));
        SharedMessageIdRepository nodeB = started(new SharedMessageIdRepository(dataSource, "acme-upstream"));
        int keys = 40;
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier barrier = new CyclicBarrier(2);
            List<Future<List<Boolean>>> results = new ArrayList<>();
            for (SharedMessageIdRepository node : List.of(nodeA, nodeB)) {
                Callable<List<Boolean>> adds = () -> {
                    List<Boolean> out = new ArrayList<>();
                    for (int i = 0; i < keys; i++) {
                        barrier.await(10, TimeUnit.SECONDS);
                        out.add(node.add("sheet-" + i + "@f"));
                    }
                    return out;
                };
                results.add(pool.submit(adds));
            }
            List<Boolean> a = results.get(0).get(60, TimeUnit.SECONDS);
            List<Boolean> b = results.get(1).get(60, TimeUnit.SECONDS);
            for (int i = 0; i < keys; i++) {
                assertThat(a.get(i) ^ b.get(i)).as("key %d added by exactly one node", i).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static SharedMessageIdRepository started(SharedMessageIdRepository repository) {
        repository.start();
        return repository;
    }

    /** A node whose count ran before the other node's insert committed. */
    private static final class CountedBeforeTheOtherInsert extends SharedMessageIdRepository {
        CountedBeforeTheOtherInsert(javax.sql.DataSource dataSource, String processorName) {
            super(dataSource, processorName);
        }

        @Override
        protected int queryForInt(String key) {
            return 0;
        }
    }
}
