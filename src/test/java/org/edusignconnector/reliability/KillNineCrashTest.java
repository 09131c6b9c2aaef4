package org.edusignconnector.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.sim.edusign.Fault;
import org.edusignconnector.sim.edusign.StudentAttendance;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The runtime process is killed with SIGKILL (a real separate JVM, {@code destroyForcibly}) while
 * a request is in flight, at points chosen to fall between every pair of steps — before and after
 * the Edusign POST is applied (before/after the ledger write), while reading the school's students,
 * during a PATCH, before and during a DELETE, during the reverse route's listing, while a Celcat
 * register is read and around its write — then restarted. After the next run: zero duplicates,
 * nothing missing, and the attendance of each locked sheet in the source as Edusign has it, stored
 * exactly once: a register write whose answer was lost is found in the register, not sent again.
 */
class KillNineCrashTest {

    private static final int COURSES = 30;
    private static final int LOCKED = 4;

    enum Phase { FIRST_SYNC, CHANGES, ATTENDANCE }

    enum CrashPoint {
        FIRST_PROFESSOR_POST_APPLIED(Phase.FIRST_SYNC, "edusign", "POST", "/v1/professor", 1, true),
        STUDENT_POST_NOT_APPLIED(Phase.FIRST_SYNC, "edusign", "POST", "/v1/student", 3, false),
        STUDENT_LIST(Phase.FIRST_SYNC, "edusign", "GET", "/v1/student", 1, false),
        PROFESSOR_LIST(Phase.FIRST_SYNC, "edusign", "GET", "/v1/professor", 1, false),
        COURSE_LIST(Phase.FIRST_SYNC, "edusign", "GET", "/v1/course", 1, false),
        COURSE_POST_NOT_APPLIED(Phase.FIRST_SYNC, "edusign", "POST", "/v1/course", 2, false),
        COURSE_POST_APPLIED_BEFORE_LEDGER_WRITE(Phase.FIRST_SYNC, "edusign", "POST", "/v1/course", 4, true),
        LAST_COURSE_POST_APPLIED(Phase.FIRST_SYNC, "edusign", "POST", "/v1/course", COURSES, true),
        COURSE_PATCH_APPLIED(Phase.CHANGES, "edusign", "PATCH", "/v1/course", 2, true),
        DELETE_NOT_APPLIED(Phase.CHANGES, "edusign", "DELETE", "/v1/course/", 1, false),
        DELETE_APPLIED(Phase.CHANGES, "edusign", "DELETE", "/v1/course/", 2, true),
        LOCKED_LISTING(Phase.ATTENDANCE, "edusign", "GET", "/v1/course", 1, false),
        REGISTER_GET(Phase.ATTENDANCE, "celcat", "GET", "/api/Registers/", 2, false),
        REGISTER_PUT_NOT_APPLIED(Phase.ATTENDANCE, "celcat", "PUT", "/api/Registers/", 2, false),
        REGISTER_PUT_APPLIED(Phase.ATTENDANCE, "celcat", "PUT", "/api/Registers/", 3, true);

        final Phase phase;
        final String system;
        final String method;
        final String pathPrefix;
        final int occurrence;
        final boolean applied;

        CrashPoint(Phase phase, String system, String method, String pathPrefix, int occurrence, boolean applied) {
            this.phase = phase;
            this.system = system;
            this.method = method;
            this.pathPrefix = pathPrefix;
            this.occurrence = occurrence;
            this.applied = applied;
        }
    }

    @ParameterizedTest
    @EnumSource(CrashPoint.class)
    void afterAKillAndARestartNothingIsDuplicatedOrMissing(CrashPoint point) throws Exception {
        System.setProperty("ACME_EDUSIGN_API_KEY", "key-kill");
        try (EdusignSimulator edusign = EdusignSimulator.start(0); CelcatSimulator celcat = CelcatSimulator.start(0, "code-kill");
             RuntimeHarness config = RuntimeHarness.create()) {
            edusign.addSchool("key-kill");
            edusign.setSlowDown(Integer.MAX_VALUE, 0);
            GeneratedSchool.populate(celcat.timetable("1"), COURSES, 5, 3, 4);
            config.property("test.celcat.url", celcat.baseUrl()).property("test.edusign.url", edusign.baseUrl())
                    .clock("2026-03-22T10:00:00Z").tenantFile("acme.yaml").writeConfiguration();
            AtomicReference<Process> running = new AtomicReference<>();
            Runnable killer = () -> running.get().destroyForcibly();

            if (point.phase != Phase.FIRST_SYNC) {
                assertThat(runOnce(config, running, "down")).isZero();
                if (point.phase == Phase.CHANGES) {
                    for (int i = 0; i < 3; i++) {
                        String id = GeneratedSchool.eventId(i);
                        celcat.timetable("1").updateEvent(id, e -> e.toBuilder().name(e.name() + " (modifié)").build());
                    }
                    celcat.timetable("1").removeEvent(GeneratedSchool.eventId(10));
                    celcat.timetable("1").removeEvent(GeneratedSchool.eventId(11));
                } else {
                    lockSheets(edusign);
                }
            }
            arm(point, edusign, celcat, killer);
            String direction = point.phase == Phase.ATTENDANCE ? "up" : "down";
            int killed = runOnce(config, running, direction);
            assertThat(killed).as("the process was killed at " + point).isNotZero();
            disarm(edusign, celcat);

            assertThat(runOnce(config, running, direction)).as("restart after " + point).isZero();
            if (point.phase == Phase.ATTENDANCE) {
                assertThat(runOnce(config, running, "up")).isZero();
            }

            assertNothingDuplicatedOrMissing(edusign, celcat, config, point);
        }
    }

    private void assertNothingDuplicatedOrMissing(EdusignSimulator edusign, CelcatSimulator celcat, RuntimeHarness config, CrashPoint point) {
        SchoolSnapshot school = SchoolSnapshot.of(edusign.school("key-kill"));
        assertThat(school.duplicates()).as(point + ": " + school.summary()).isEmpty();
        int expectedCourses = point.phase == Phase.CHANGES ? COURSES - 2 : COURSES;
        assertThat(school.courses()).as(point.toString()).hasSize(expectedCourses);
        assertThat(school.courses().keySet()).allSatisfy(apiId -> assertThat(apiId).startsWith("ec1-course-"));
        if (point.phase == Phase.CHANGES) {
            assertThat(edusign.school("key-kill").courses()).filteredOn(c -> c.get("NAME").asText().endsWith("(modifié)")).hasSize(3);
        }
        assertThat(school.students()).hasSize(12);
        assertThat(school.professors()).hasSize(5);
        if (point.phase == Phase.ATTENDANCE) {
            assertAttendanceWrittenOnce(celcat, config, point);
        }
    }

    private static void assertAttendanceWrittenOnce(CelcatSimulator celcat, RuntimeHarness config, CrashPoint point) {
        Map<String, Long> changesPerRegister = celcat.timetable("1").registerChanges().stream()
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        assertThat(changesPerRegister).as(point + ": every locked sheet changed its register exactly once")
                .hasSize(LOCKED).allSatisfy((id, n) -> assertThat(n).isEqualTo(1L));
        Map<String, Long> writesPerRegister = celcat.timetable("1").registerWrites().stream()
                .collect(Collectors.groupingBy(id -> id, Collectors.counting()));
        // Killed after the register stored the PUT and before the key was: the next run reads the register back,
        // finds the marks and records the sheet without a second PUT.
        assertThat(writesPerRegister).as(point + ": one stored write per register").hasSize(LOCKED)
                .allSatisfy((id, n) -> assertThat(n).isEqualTo(1L));
        boolean interrupted = point.system.equals("celcat");
        for (var entry : celcat.timetable("1").registers().entrySet()) {
            assertThat(entry.getValue().get("StudentMarks")).as("marks of " + entry.getKey()).isNotEmpty();
        }
        List<String> reasons = attendanceReasons(config);
        assertThat(reasons).as(point + ": no error recorded").doesNotContain("SOURCE_REJECTED", "SOURCE_CLOSED");
        assertThat(reasons.stream().filter("ATTENDANCE_RETRIED"::equals).count())
                .as(point + ": an interrupted write that had not landed is recorded as retried").isEqualTo(interrupted && !point.applied ? 1 : 0);
        assertThat(reasons.stream().filter("ATTENDANCE_FOUND_AT_SOURCE"::equals).count())
                .as(point + ": one that had landed is found in the register").isEqualTo(interrupted && point.applied ? 1 : 0);
        assertThat(unconfirmedAttempts(config)).as(point + ": nothing left unconfirmed").isZero();
    }

    private static List<String> attendanceReasons(RuntimeHarness config) {
        List<String> reasons = new ArrayList<>();
        try (Connection c = config.database().connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT reason FROM sync_event WHERE kind = 'attendance'")) {
            while (rs.next()) {
                reasons.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return reasons;
    }

    private static long unconfirmedAttempts(RuntimeHarness config) {
        try (Connection c = config.database().connect();
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM attendance_attempt")) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static void lockSheets(EdusignSimulator edusign) {
        List<ObjectNode> courses = new ArrayList<>(edusign.school("key-kill").courses());
        courses.sort((a, b) -> a.get("API_ID").asText().compareTo(b.get("API_ID").asText()));
        for (ObjectNode c : courses.subList(0, LOCKED)) {
            List<StudentAttendance> marks = new ArrayList<>();
            int i = 0;
            for (JsonNode s : c.get("STUDENTS")) {
                String id = s.get("studentId").asText();
                marks.add(i++ % 3 == 0 ? StudentAttendance.absent(id) : StudentAttendance.present(id));
            }
            edusign.school("key-kill").lockCourse(c.get("ID").asText(), marks, List.of(true));
        }
    }

    private static void arm(CrashPoint point, EdusignSimulator edusign, CelcatSimulator celcat, Runnable killer) {
        AtomicInteger matches = new AtomicInteger();
        Predicate<String[]> hit = mp -> mp[0].equals(point.method) && mp[1].startsWith(point.pathPrefix)
                && (!List.of("/v1/course", "/v1/student").contains(point.pathPrefix) || mp[1].equals(point.pathPrefix))
                && matches.incrementAndGet() == point.occurrence;
        if (point.system.equals("edusign")) {
            edusign.setFaultInjector((method, path, n) -> {
                if (hit.test(new String[] {method, path})) {
                    killer.run();
                    return point.applied ? Optional.empty() : Optional.of(new Fault.HttpError(500, "Internal Server Error"));
                }
                return Optional.empty();
            });
        } else {
            celcat.setFaultInjector((method, path, n) -> {
                if (hit.test(new String[] {method, path})) {
                    killer.run();
                    return point.applied ? Optional.empty() : Optional.of(org.edusignconnector.sim.common.Fault.status(500));
                }
                return Optional.empty();
            });
        }
    }

    private static void disarm(EdusignSimulator edusign, CelcatSimulator celcat) {
        edusign.setFaultInjector(null);
        celcat.setFaultInjector(null);
    }

    /** One {@code --once} run in its own JVM (exit 0, or 137 when killed); {@code running} holds it for the killer. */
    static int runOnce(RuntimeHarness config, AtomicReference<Process> running, String direction) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(RuntimeHarness.javaCommand("--config-dir", config.configDir().toString(),
                "--once", "acme", "--direction", direction)).redirectErrorStream(true);
        pb.environment().put("ACME_EDUSIGN_API_KEY", "key-kill");
        pb.environment().put("ACME_CELCAT_API_CODE", "code-kill");
        pb.environment().put("ACME_WEBHOOK_SECRET", "secret");
        Process p = pb.start();
        running.set(p);
        byte[] output = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        int exit = p.exitValue();
        if (exit != 0 && exit != 137) {
            throw new AssertionError("runtime exited " + exit + ":\n" + new String(output, StandardCharsets.UTF_8));
        }
        return exit;
    }
}
