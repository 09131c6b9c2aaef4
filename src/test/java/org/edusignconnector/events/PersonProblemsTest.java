package org.edusignconnector.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.edusignconnector.sync.SyncRun;
import org.edusignconnector.testing.MigratedDatabase;
import org.edusignconnector.testing.MovableClock;
import org.edusignconnector.testing.SyncRuns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A person's problem is recorded when it appears or changes, in every course of the run that saw it,
 * and not again at each later run while it stays the same; on the engine of {@code -Dconnector.test.db}.
 */
class PersonProblemsTest {

    private static final String NO_EMAIL = "no e-mail address";

    private MigratedDatabase database;
    private PersonProblems problems;

    @BeforeEach
    void open() {
        database = MigratedDatabase.open("person-problems-test");
        problems = new PersonProblems(database.dataSource(), new MovableClock(SyncRuns.STARTED));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aProblemIsNewsForEveryCourseOfTheRunThatFoundItThenNoMore() {
        SyncRun first = SyncRuns.down("acme", "run-1");
        assertThat(problems.isNews(first, "student:42", NO_EMAIL)).isTrue();
        assertThat(problems.isNews(first, "student:42", NO_EMAIL)).as("the same run's next course").isTrue();

        assertThat(problems.isNews(SyncRuns.down("acme", "run-2"), "student:42", NO_EMAIL)).as("unchanged").isFalse();
    }

    @Test
    void aChangedProblemIsNewsAgain() {
        problems.isNews(SyncRuns.down("acme", "run-1"), "student:42", NO_EMAIL);

        assertThat(problems.isNews(SyncRuns.down("acme", "run-2"), "student:42", "invalid e-mail 'x@'")).isTrue();
        assertThat(problems.isNews(SyncRuns.down("acme", "run-3"), "student:42", "invalid e-mail 'x@'")).isFalse();
        assertThat(problems.isNews(SyncRuns.down("acme", "run-4"), "student:42", NO_EMAIL)).as("back to the first").isTrue();
    }

    @Test
    void eachTenantAndPersonHasItsOwnHistory() {
        problems.isNews(SyncRuns.down("acme", "run-1"), "student:42", NO_EMAIL);

        assertThat(problems.isNews(SyncRuns.down("univ", "run-2"), "student:42", NO_EMAIL)).isTrue();
        assertThat(problems.isNews(SyncRuns.down("acme", "run-3"), "student:43", NO_EMAIL)).isTrue();
    }

    @Test
    void aDryRunAlwaysShowsTheProblemAndRemembersNothing() {
        SyncRun dry = SyncRuns.down("acme", "dry-1", "api", true, 20);
        assertThat(problems.isNews(dry, "student:42", NO_EMAIL)).isTrue();
        assertThat(problems.isNews(SyncRuns.down("acme", "dry-2", "api", true, 20), "student:42", NO_EMAIL)).isTrue();

        assertThat(problems.isNews(SyncRuns.down("acme", "run-1"), "student:42", NO_EMAIL)).as("still new to a real run").isTrue();
    }

    @Test
    void aLongKeyAndProblemAreComparedOnWhatIsKept() {
        String key = "student:" + "9".repeat(1_000);
        String problem = "p".repeat(5_000);
        problems.isNews(SyncRuns.down("acme", "run-1"), key, problem);

        assertThat(problems.isNews(SyncRuns.down("acme", "run-2"), key, problem)).isFalse();
    }
}
