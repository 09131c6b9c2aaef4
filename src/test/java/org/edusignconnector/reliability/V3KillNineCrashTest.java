package org.edusignconnector.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.sim.edusign.Fault;
import org.edusignconnector.sim.edusign.RecordedRequest;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A tenant on {@code edusignApi: v3-batch} killed with SIGKILL (a separate JVM, {@code destroyForcibly}) while one
 * of its batch upserts is in flight, then restarted: the school ends as a fault-free run leaves it, nothing twice.
 * Batches of 4 items, so that each kind takes several: 5 professors (2 batches), 12 students (3), 12 courses (3).
 * The kill points: between the people's batches and the sheets' (the first course batch not applied), in the
 * middle of the students (the second batch applied, its answer lost with the process), and in the middle of the
 * sheets (the second course batch applied and lost, the third never sent).
 */
class V3KillNineCrashTest {

    private static final String KEY = "key-kill"; // the key KillNineCrashTest.runOnce gives the process
    private static final int COURSES = 12;
    private static final int BATCH = 4;

    enum CrashPoint {
        FIRST_COURSE_BATCH_NOT_APPLIED("/v3/courses/batch-upsert", 1, false),
        SECOND_STUDENT_BATCH_APPLIED("/v3/students/batch-upsert", 2, true),
        SECOND_COURSE_BATCH_APPLIED("/v3/courses/batch-upsert", 2, true);

        final String path;
        final int occurrence;
        final boolean applied;

        CrashPoint(String path, int occurrence, boolean applied) {
            this.path = path;
            this.occurrence = occurrence;
            this.applied = applied;
        }
    }

    private static SchoolSnapshot faultFree;

    @BeforeAll
    static void aFaultFreeRun() throws Exception {
        try (Setup setup = new Setup()) {
            assertThat(KillNineCrashTest.runOnce(setup.config, setup.running, "down")).isZero();
            assertThat(setup.edusign.requests(KEY)).filteredOn(r -> r.path().equals("/v3/courses/batch-upsert")).hasSize(3);
            faultFree = SchoolSnapshot.of(setup.edusign.school(KEY));
        }
        assertThat(faultFree.duplicates()).isEmpty();
        assertThat(faultFree.courses()).hasSize(COURSES).doesNotContainKey("");
        assertThat(faultFree.students()).hasSize(12);
        assertThat(faultFree.professors()).hasSize(5);
    }

    @ParameterizedTest
    @EnumSource(CrashPoint.class)
    void afterAKillAndARestartTheSchoolIsTheFaultFreeOne(CrashPoint point) throws Exception {
        try (Setup setup = new Setup()) {
            AtomicInteger matches = new AtomicInteger();
            setup.edusign.setFaultInjector((method, path, n) -> {
                if (method.equals("POST") && path.equals(point.path) && matches.incrementAndGet() == point.occurrence) {
                    setup.running.get().destroyForcibly();
                    return point.applied ? Optional.empty() : Optional.of(new Fault.HttpError(500, "Internal Server Error"));
                }
                return Optional.empty();
            });

            assertThat(KillNineCrashTest.runOnce(setup.config, setup.running, "down")).as("killed at " + point).isNotZero();
            setup.edusign.setFaultInjector(null);
            int coursesBeforeRestart = setup.edusign.school(KEY).courses().size();
            assertThat(coursesBeforeRestart).as("what the killed run had written").isEqualTo(switch (point) {
                case FIRST_COURSE_BATCH_NOT_APPLIED, SECOND_STUDENT_BATCH_APPLIED -> 0;
                case SECOND_COURSE_BATCH_APPLIED -> 2 * BATCH;
            });
            setup.edusign.clearRequests();

            assertThat(KillNineCrashTest.runOnce(setup.config, setup.running, "down")).as("restart after " + point).isZero();

            SchoolSnapshot school = SchoolSnapshot.of(setup.edusign.school(KEY));
            assertThat(school.duplicates()).as(point + ": " + school.summary()).isEmpty();
            assertThat(school).as(point + ": the school of a fault-free run").isEqualTo(faultFree);
            assertThat(pendingIntents(setup.config)).as(point + ": no object left without its Edusign id").isZero();
            List<RecordedRequest> courseBatches = setup.edusign.requests(KEY).stream()
                    .filter(r -> r.path().equals("/v3/courses/batch-upsert")).toList();
            // The restart sends every sheet the killed run had not seen answered, and only those.
            assertThat(courseBatches.stream().mapToInt(r -> r.body().get("items").size()).sum())
                    .isEqualTo(point == CrashPoint.SECOND_COURSE_BATCH_APPLIED ? COURSES - BATCH : COURSES);
        }
    }

    private static long pendingIntents(RuntimeHarness config) {
        try (Connection c = config.database().connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM sync_ledger WHERE state <> 'SYNCED'")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    /** The simulators, the generated school and a v3-batch tenant with batches of {@value #BATCH}. */
    private static final class Setup implements AutoCloseable {
        final EdusignSimulator edusign = EdusignSimulator.start(0);
        final CelcatSimulator celcat = CelcatSimulator.start(0, "code-kill");
        final RuntimeHarness config = RuntimeHarness.create();
        final AtomicReference<Process> running = new AtomicReference<>();

        Setup() throws Exception {
            edusign.addSchool(KEY);
            edusign.setSlowDown(Integer.MAX_VALUE, 0);
            edusign.setHeavySlowDown(Integer.MAX_VALUE, 0);
            GeneratedSchool.populate(celcat.timetable("1"), COURSES, 5, 3, 4);
            String v1 = Files.readString(Path.of("src/test/resources/tenants/acme.yaml"));
            config.property("test.celcat.url", celcat.baseUrl()).property("test.edusign.url", edusign.baseUrl())
                    .property("connector.edusign.heavy-rate-per-minute", "6000")
                    .property("connector.edusign.v3-batch-size", String.valueOf(BATCH))
                    .clock("2026-03-22T10:00:00Z")
                    .tenantYaml("acme.yaml", v1 + "      - name: edusignApi\n        value: v3-batch\n"
                            + "      - name: edusignV3Url\n        value: \"{{test.edusign.url}}\"\n")
                    .writeConfiguration();
        }

        @Override
        public void close() {
            config.close();
            celcat.close();
            edusign.close();
        }
    }
}
