package org.edusignconnector.edusign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Attendance is read from lists that end, and only as far as the sheets need. */
class EdusignAttendanceTest {

    private final ScriptedEdusign edusign = new ScriptedEdusign();
    private final ScriptedGateway gateway = edusign.gateway;
    private final EdusignApi api = edusign.api;

    @AfterEach
    void close() throws Exception {
        edusign.close();
    }

    @Test
    void theLockedListIsReadPastAShortPageToTheFirstEmptyOne() {
        gateway.success("[{\"ID\":\"c1\",\"LOCKED\":1}]").success("[{\"ID\":\"c2\",\"LOCKED\":1},{\"ID\":\"c3\",\"LOCKED\":0}]").success("[]");

        assertThat(EdusignAttendance.lockedCourses(api, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 20)))
                .extracting(EdusignApi::idOrNull).containsExactly("c1", "c2");
        assertThat(gateway.calls()).last().asString().endsWith("page=2");
    }

    @Test
    void noAbsenceIsReadWhenNoSheetRefersToOne() {
        assertThat(EdusignAttendance.absenceReasonNames(api, Set.of())).isEmpty();
        assertThat(gateway.calls()).isEmpty();
    }

    @Test
    void justifiedAbsencesAreReadOnlyUntilTheWantedOnesAreFound() {
        gateway.success("[{\"ID\":\"r1\",\"NAME\":\"Maladie\"}]")
                .success("[{\"ID\":\"a1\",\"TYPE\":\"r1\"},{\"ID\":\"a2\",\"TYPE\":\"r1\"}]")
                .success("[{\"ID\":\"a3\",\"TYPE\":\"r1\"}]");

        assertThat(EdusignAttendance.absenceReasonNames(api, Set.of("a2"))).containsExactly(java.util.Map.entry("a2", "Maladie"));
        assertThat(gateway.calls()).hasSize(2);
    }

    @Test
    void aJustifiedAbsenceListThatIgnoresPageStopsInsteadOfLoopingForever() {
        gateway.success("[]").success("[{\"ID\":\"a1\",\"TYPE\":\"r1\"}]").success("[{\"ID\":\"a1\",\"TYPE\":\"r1\"}]");

        assertThat(EdusignAttendance.absenceReasonNames(api, Set.of("a9"))).isEmpty();
        assertThat(gateway.calls()).hasSize(3);
    }
}
