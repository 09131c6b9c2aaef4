package org.edusignconnector.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.edusignconnector.testing.MigratedDatabase;
import org.edusignconnector.testing.MovableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ledger that brackets every Edusign write, on the engine of {@code -Dconnector.test.db}: an
 * intent before, the result after, and nothing learnt from Edusign is lost by a later step.
 */
class LedgerTest {

    private static final Instant MONDAY_9 = Instant.parse("2026-03-23T08:00:00Z");
    private static final Instant MONDAY_11 = Instant.parse("2026-03-23T10:00:00Z");
    private static final Instant TUESDAY_9 = Instant.parse("2026-03-24T08:00:00Z");

    private final MovableClock clock = new MovableClock("2026-03-22T10:00:00Z");
    private MigratedDatabase database;
    private Ledger ledger;

    @BeforeEach
    void open() {
        database = MigratedDatabase.open("ledger-test");
        ledger = new Ledger(database.dataSource(), clock);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anIntentIsPendingUntilTheWriteIsMarkedSynced() {
        ledger.recordIntent("acme", ObjectKind.COURSE, "tt1/ev-1", "api-1", MONDAY_9, "Maths");

        LedgerEntry pending = ledger.find("acme", ObjectKind.COURSE, "tt1/ev-1").orElseThrow();
        assertThat(pending.state()).isEqualTo(LedgerState.PENDING);
        assertThat(pending.apiId()).isEqualTo("api-1");
        assertThat(pending.edusignId()).as("not known before Edusign answers").isNull();
        assertThat(pending.startsAt()).isEqualTo(MONDAY_9);
        assertThat(pending.updatedAt()).isEqualTo(clock.instant());

        clock.advance(Duration.ofMinutes(1));
        ledger.markSynced("acme", ObjectKind.COURSE, "tt1/ev-1", "api-1", "ed-1", "fp-1", MONDAY_9, "Maths", false);

        LedgerEntry synced = ledger.find("acme", ObjectKind.COURSE, "tt1/ev-1").orElseThrow();
        assertThat(synced.state()).isEqualTo(LedgerState.SYNCED);
        assertThat(synced.edusignId()).isEqualTo("ed-1");
        assertThat(synced.fingerprint()).isEqualTo("fp-1");
        assertThat(synced.updatedAt()).isEqualTo(clock.instant());
    }

    @Test
    void aNewIntentKeepsTheEdusignIdStartAndLabelAlreadyKnown() {
        ledger.markSynced("acme", ObjectKind.COURSE, "tt1/ev-1", "api-1", "ed-1", "fp-1", MONDAY_9, "Maths", true);

        ledger.recordIntent("acme", ObjectKind.COURSE, "tt1/ev-1", "api-1", null, null);

        LedgerEntry again = ledger.find("acme", ObjectKind.COURSE, "tt1/ev-1").orElseThrow();
        assertThat(again.state()).isEqualTo(LedgerState.PENDING);
        assertThat(again.edusignId()).as("a crash before the answer must not forget the sheet").isEqualTo("ed-1");
        assertThat(again.startsAt()).isEqualTo(MONDAY_9);
        assertThat(again.label()).isEqualTo("Maths");
        assertThat(again.adopted()).as("once adopted, always adopted").isTrue();
        assertThat(again.fingerprint()).as("the content on Edusign is no longer known").isNull();
    }

    @Test
    void aLongLabelIsKeptToFourHundredCharacters() {
        ledger.recordIntent("acme", ObjectKind.COURSE, "tt1/ev-1", "api-1", MONDAY_9, "x".repeat(1_000));

        assertThat(ledger.find("acme", ObjectKind.COURSE, "tt1/ev-1").orElseThrow().label()).hasSize(400);
    }

    @Test
    void coursesOfAWindowAreThoseStillOnEdusignFromItsStartToBeforeItsEnd() {
        ledger.markSynced("acme", ObjectKind.COURSE, "b-at-11", "api-b", "ed-b", "fp", MONDAY_11, "B", false);
        ledger.markSynced("acme", ObjectKind.COURSE, "a-at-9", "api-a", "ed-a", "fp", MONDAY_9, "A", false);
        ledger.recordIntent("acme", ObjectKind.COURSE, "c-pending", "api-c", MONDAY_11, "C");
        ledger.markSynced("acme", ObjectKind.COURSE, "d-deleted", "api-d", "ed-d", "fp", MONDAY_9, "D", false);
        ledger.markState("acme", ObjectKind.COURSE, "d-deleted", LedgerState.DELETED);
        ledger.markSynced("acme", ObjectKind.COURSE, "e-tuesday", "api-e", "ed-e", "fp", TUESDAY_9, "E", false);
        ledger.markSynced("acme", ObjectKind.STUDENT, "s-1", "api-s", "ed-s", "fp", MONDAY_9, "S", false);
        ledger.markSynced("univ", ObjectKind.COURSE, "u-1", "api-u", "ed-u", "fp", MONDAY_9, "U", false);

        assertThat(ledger.coursesStartingBetween("acme", MONDAY_9, TUESDAY_9))
                .as("by start, then key; Tuesday 9:00 is the end, not in; deleted, students and other tenants left out")
                .extracting(LedgerEntry::sourceKey).containsExactly("a-at-9", "b-at-11", "c-pending");
    }

    @Test
    void statesAreCountedPerTenantAndKind() {
        ledger.markSynced("acme", ObjectKind.STUDENT, "s-1", "api-1", "ed-1", "fp", null, "Léa", false);
        ledger.markSynced("acme", ObjectKind.STUDENT, "s-2", "api-2", "ed-2", "fp", null, "Hugo", false);
        ledger.markState("acme", ObjectKind.STUDENT, "s-2", LedgerState.DELETING);
        ledger.markSynced("univ", ObjectKind.STUDENT, "s-1", "api-1", "ed-9", "fp", null, "Léa", false);

        assertThat(ledger.count("acme", ObjectKind.STUDENT, LedgerState.SYNCED)).isEqualTo(1);
        assertThat(ledger.inState("acme", ObjectKind.STUDENT, LedgerState.DELETING)).extracting(LedgerEntry::sourceKey)
                .containsExactly("s-2");
        assertThat(ledger.find("acme", ObjectKind.PROFESSOR, "s-1")).as("the kind is part of the key").isEmpty();
        assertThat(ledger.sourceKeysByEdusignId("acme", ObjectKind.STUDENT)).containsOnly(
                Map.entry("ed-1", "s-1"), Map.entry("ed-2", "s-2"));
        ledger.recordIntent("acme", ObjectKind.STUDENT, "s-3", "api-3", null, "Emma");
        assertThat(ledger.sourceKeys("acme", ObjectKind.STUDENT)).as("every state, an intent too").containsExactlyInAnyOrder("s-1", "s-2", "s-3");
        assertThat(ledger.sourceKeys("acme", ObjectKind.PROFESSOR)).isEmpty();
    }

    @Test
    void professorSlotsAreUnknownUntilRecorded() {
        ledger.markSynced("acme", ObjectKind.COURSE, "tt1/ev-1", "api-1", "ed-1", "fp", MONDAY_9, "Maths", false);
        assertThat(ledger.professorSlots("acme", "tt1/ev-1")).isNull();
        assertThat(ledger.professorSlots("acme", "no-such-course")).isNull();

        ledger.recordProfessorSlots("acme", "tt1/ev-1", 2);

        assertThat(ledger.professorSlots("acme", "tt1/ev-1")).isEqualTo(2);
    }
}
