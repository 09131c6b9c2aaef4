package org.edusignconnector.course;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import org.edusignconnector.course.SourcePerson.Role;
import org.junit.jupiter.api.Test;

/**
 * The shared course rules, applied in the documented order: INVALID_COURSE_DATA, ALL_DAY_EVENT, the
 * window (PAST, SAME_DAY, OUTSIDE_WINDOW), the tenant's filters, DUPLICATE_INSTRUCTOR_EMAIL,
 * NO_VALID_INSTRUCTOR, NO_VALID_LEARNER. Invalid people are left out (and listed) while the course goes on.
 */
class CourseRulesTest {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** Monday 2026-06-01 12:00 in Paris: the window is 2026-06-02 .. 2026-06-15. */
    private static final SyncWindow WINDOW = SyncWindow.of(Clock.fixed(Instant.parse("2026-06-01T10:00:00Z"), ZoneOffset.UTC), 14);
    private static final ZonedDateTime TOMORROW_9 = ZonedDateTime.of(2026, 6, 2, 9, 0, 0, 0, PARIS);
    private static final ZonedDateTime YESTERDAY_9 = TOMORROW_9.minusDays(2);

    private static final SourcePerson PROF = instructor("P1", "Claire", "Martin", "claire.martin@ecole.fr");
    private static final SourcePerson PROF_NO_EMAIL = instructor("P2", "Luc", "Roux", null).withProblem("no e-mail");
    private static final SourcePerson PROF_BLOCKED = instructor("P3", "Pauline", "Martin", "claire.martin@ecole.fr")
            .withProblem(DuplicateEmails.PROBLEM_PREFIX + " staff record P1 (Claire Martin) for claire.martin@ecole.fr");
    private static final SourcePerson ANNA = learner("L1", "Anna", "Blanc", "anna.blanc@ecole.fr");
    private static final SourcePerson BRUNO = learner("L2", "Bruno", "Petit", "bruno.petit@ecole.fr");
    private static final SourcePerson NOEMAIL = learner("L3", "Chloé", "Durand", null).withProblem("no e-mail");

    private static final CourseFilter REJECT_ALL = c -> Optional.of(new Skip(ReasonCode.FILTERED_CATEGORY, "category 'CM' excluded"));
    private static final CourseFilter ACCEPT_ALL = c -> Optional.empty();

    // ---- the happy path -----------------------------------------------------------------------

    @Test
    void validCourseGoesOnWithEverybody() {
        SourceCourse course = course().build();

        CourseCheck check = CourseRules.check(course, WINDOW, List.of(ACCEPT_ALL));

        assertThat(check.isSkipped()).isFalse();
        assertThat(check.skip()).isNull();
        assertThat(check.leftOut()).isEmpty();
        assertThat(check.course().getSourceKey()).isEqualTo("E1");
        assertThat(check.course().getInstructors()).containsExactly(PROF);
        assertThat(check.course().getLearners()).containsExactly(ANNA, BRUNO);
    }

    // ---- each reason, and that it wins over the ones after it -------------------------------

    @Test
    void invalidCourseDataComesFirstEvenWithoutStartOrPeople() {
        SourceCourse course = SourceCourse.builder("E9").dataProblem("event has no start time").allDay(true).build();

        CourseCheck check = CourseRules.check(course, WINDOW, List.of(REJECT_ALL));

        assertSkip(check, ReasonCode.INVALID_COURSE_DATA, "event has no start time");
    }

    @Test
    void allDayEventComesBeforeTheWindowAndTheFilters() {
        List<SourceCourse> seen = new ArrayList<>();
        CourseFilter spy = c -> {
            seen.add(c);
            return Optional.empty();
        };
        SourceCourse course = course().allDay(true).category("Vacances").start(YESTERDAY_9).build();

        CourseCheck check = CourseRules.check(course, WINDOW, List.of(spy, REJECT_ALL));

        assertSkip(check, ReasonCode.ALL_DAY_EVENT, "all-day event (Vacances) is not a course");
        assertThat(seen).as("filters are not consulted").isEmpty();
    }

    @Test
    void pastComesBeforeTheFilters() {
        CourseCheck check = CourseRules.check(course().start(YESTERDAY_9).build(), WINDOW, List.of(REJECT_ALL));

        assertThat(check.skip().reason()).isEqualTo(ReasonCode.PAST);
        assertThat(check.skip().detail()).contains("2026-05-31T09:00+02:00");
    }

    @Test
    void sameDayComesBeforeTheFilters() {
        ZonedDateTime laterToday = ZonedDateTime.of(2026, 6, 1, 18, 0, 0, 0, PARIS);

        CourseCheck check = CourseRules.check(course().start(laterToday).build(), WINDOW, List.of(REJECT_ALL));

        assertThat(check.skip().reason()).isEqualTo(ReasonCode.SAME_DAY);
    }

    @Test
    void outsideTheWindowComesBeforeTheFilters() {
        ZonedDateTime dayFifteen = ZonedDateTime.of(2026, 6, 16, 9, 0, 0, 0, PARIS);

        CourseCheck check = CourseRules.check(course().start(dayFifteen).build(), WINDOW, List.of(REJECT_ALL));

        assertThat(check.skip().reason()).isEqualTo(ReasonCode.OUTSIDE_WINDOW);
    }

    @Test
    void filterComesBeforeTheDuplicateInstructorEmail() {
        SourceCourse course = course().instructors(List.of(PROF_BLOCKED)).learners(List.of()).build();

        CourseCheck check = CourseRules.check(course, WINDOW, List.of(ACCEPT_ALL, REJECT_ALL));

        assertSkip(check, ReasonCode.FILTERED_CATEGORY, "category 'CM' excluded");
    }

    @Test
    void firstRejectingFilterGivesTheReason() {
        CourseFilter area = c -> Optional.of(new Skip(ReasonCode.FILTERED_AREA, "not in the right area"));

        CourseCheck check = CourseRules.check(course().build(), WINDOW, List.of(ACCEPT_ALL, area, REJECT_ALL));

        assertSkip(check, ReasonCode.FILTERED_AREA, "not in the right area");
    }

    @Test
    void blockedDuplicateInstructorBlocksTheCourseEvenWithAValidInstructor() {
        SourceCourse course = course().instructors(List.of(PROF, PROF_BLOCKED)).build();

        CourseCheck check = CourseRules.check(course, WINDOW, List.of());

        assertThat(check.skip().reason()).isEqualTo(ReasonCode.DUPLICATE_INSTRUCTOR_EMAIL);
        assertThat(check.skip().detail()).isEqualTo("instructor P3 (Pauline Martin): "
                + "e-mail also used by staff record P1 (Claire Martin) for claire.martin@ecole.fr");
        assertThat(check.leftOut()).isEmpty();
    }

    @Test
    void duplicateInstructorEmailComesBeforeNoValidInstructorAndNoValidLearner() {
        SourceCourse course = course().instructors(List.of(PROF_NO_EMAIL, PROF_BLOCKED)).learners(List.of(NOEMAIL)).build();

        assertThat(CourseRules.check(course, WINDOW, List.of()).skip().reason()).isEqualTo(ReasonCode.DUPLICATE_INSTRUCTOR_EMAIL);
    }

    @Test
    void courseWithoutInstructor() {
        SourceCourse course = course().instructors(List.of()).build();

        assertSkip(CourseRules.check(course, WINDOW, List.of()), ReasonCode.NO_VALID_INSTRUCTOR, "the course has no instructor");
    }

    @Test
    void courseWhoseInstructorsAreAllInvalidNamesThem() {
        SourceCourse course = course().instructors(List.of(PROF_NO_EMAIL)).build();

        assertSkip(CourseRules.check(course, WINDOW, List.of()), ReasonCode.NO_VALID_INSTRUCTOR,
                "no valid instructor: P2 (Luc Roux): no e-mail");
    }

    @Test
    void noValidInstructorComesBeforeNoValidLearner() {
        SourceCourse course = course().instructors(List.of(PROF_NO_EMAIL)).learners(List.of()).build();

        assertThat(CourseRules.check(course, WINDOW, List.of()).skip().reason()).isEqualTo(ReasonCode.NO_VALID_INSTRUCTOR);
    }

    @Test
    void courseWithoutLearner() {
        SourceCourse course = course().learners(List.of()).build();

        assertSkip(CourseRules.check(course, WINDOW, List.of()), ReasonCode.NO_VALID_LEARNER, "the course has no learner");
    }

    @Test
    void courseWhoseLearnersAreAllInvalidNamesThem() {
        SourceCourse course = course().learners(List.of(NOEMAIL)).build();

        assertSkip(CourseRules.check(course, WINDOW, List.of()), ReasonCode.NO_VALID_LEARNER,
                "no valid learner: L3 (Chloé Durand): no e-mail");
    }

    @Test
    void manyInvalidLearnersAreSummarisedAfterFive() {
        List<SourcePerson> invalid = IntStream.rangeClosed(1, 8)
                .mapToObj(i -> learner("X" + i, "First" + i, "Last" + i, null).withProblem("no e-mail")).toList();

        Skip skip = CourseRules.check(course().learners(invalid).build(), WINDOW, List.of()).skip();

        assertThat(skip.reason()).isEqualTo(ReasonCode.NO_VALID_LEARNER);
        assertThat(skip.detail()).contains("X1 (First1 Last1)", "X5 (First5 Last5)").doesNotContain("X6").endsWith("; and 3 more");
    }

    // ---- people left out while the course goes on --------------------------------------------

    @Test
    void invalidLearnersAndInstructorsAreLeftOutAndListedWhileTheCourseGoesOn() {
        SourceCourse course = course().instructors(List.of(PROF_NO_EMAIL, PROF)).learners(List.of(ANNA, NOEMAIL, BRUNO)).build();

        CourseCheck check = CourseRules.check(course, WINDOW, List.of());

        assertThat(check.isSkipped()).isFalse();
        assertThat(check.course().getInstructors()).containsExactly(PROF);
        assertThat(check.course().getLearners()).containsExactly(ANNA, BRUNO);
        assertThat(check.leftOut()).containsExactly(PROF_NO_EMAIL, NOEMAIL);
        assertThat(check.leftOut()).extracting(SourcePerson::problem).containsOnly("no e-mail");
    }

    @Test
    void cleanedCourseKeepsEverythingElse() {
        SourceCourse course = course().room("B204").category("TD").company("D : CY TECH").areas(List.of("EISTI"))
                .timetableId("2").learners(List.of(ANNA, NOEMAIL)).build();

        SourceCourse cleaned = CourseRules.check(course, WINDOW, List.of()).course();

        assertThat(cleaned).isNotSameAs(course);
        assertThat(cleaned.getName()).isEqualTo("Algèbre");
        assertThat(cleaned.getStart()).isEqualTo(course.getStart());
        assertThat(cleaned.getEnd()).isEqualTo(course.getEnd());
        assertThat(cleaned.getRoom()).isEqualTo("B204");
        assertThat(cleaned.getCategory()).isEqualTo("TD");
        assertThat(cleaned.getTimetableId()).isEqualTo("2");
        assertThat(course.getLearners()).as("the source course is untouched").containsExactly(ANNA, NOEMAIL);
    }

    @Test
    void groupMembersAreFilteredToTheValidLearnersAndAGroupWithoutAnyIsLeftOutWithANote() {
        SourceGroup groupA = new SourceGroup("G1", "Groupe A", List.of("L1", "L3", "L2"));
        SourceGroup groupB = new SourceGroup("G2", "Groupe B", List.of("L3"));
        SourceCourse course = course().learners(List.of(ANNA, NOEMAIL, BRUNO)).groups(List.of(groupA, groupB)).build();

        CourseCheck check = CourseRules.check(course, WINDOW, List.of());

        assertThat(check.course().getGroups()).containsExactly(new SourceGroup("G1", "Groupe A", List.of("L1", "L2")));
        assertThat(check.notes()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(ReasonCode.GROUP_LEFT_OUT);
            assertThat(n.kind()).isEqualTo("group");
            assertThat(n.message()).contains("G2", "Groupe B", "none of its 1 members is a valid learner");
        });
    }

    // ---- texts: as the source wrote them, cleaned; never a reason to skip ---------------------

    @Test
    void markupInANameOrRoomIsSentAsWritten() {
        SourceCourse course = course().name("Maths < Physique").room("<b>B204</b>").build();

        CourseCheck check = CourseRules.check(course, WINDOW, List.of());

        assertThat(check.isSkipped()).isFalse();
        assertThat(check.course().getName()).isEqualTo("Maths < Physique");
        assertThat(check.course().getRoom()).isEqualTo("<b>B204</b>");
        assertThat(check.notes()).isEmpty();
    }

    @Test
    void aLongTitleAndALongLastNameAreSentWhole() {
        String title = "Séminaire ".repeat(30);
        SourcePerson longName = learner("L9", "Anna", "L".repeat(150), "anna.l@ecole.fr");
        SourceCourse course = course().name(title).learners(List.of(ANNA, longName)).build();

        CourseCheck check = CourseRules.check(course, WINDOW, List.of());

        assertThat(check.isSkipped()).isFalse();
        assertThat(check.course().getName()).isEqualTo(title.strip()).hasSize(299);
        assertThat(check.course().getLearners()).extracting(SourcePerson::lastName).containsExactly("Blanc", "L".repeat(150));
        assertThat(check.leftOut()).isEmpty();
        assertThat(check.notes()).isEmpty();
    }

    @Test
    void controlAndDirectionCharactersAreRemovedAndWhitespaceTrimmed() {
        SourcePerson tricky = learner("L9", "\u202EAnna\u202C", " Blanc\u0007 ", "anna.b@ecole.fr");
        SourceCourse course = course().name("  TD\r\nAlgèbre\u0000 ").room("\u00A0B204\t").learners(List.of(tricky)).build();

        CourseCheck check = CourseRules.check(course, WINDOW, List.of());

        assertThat(check.course().getName()).isEqualTo("TD Algèbre");
        assertThat(check.course().getRoom()).isEqualTo("B204");
        assertThat(check.course().getLearners()).singleElement().satisfies(p -> {
            assertThat(p.firstName()).isEqualTo("Anna");
            assertThat(p.lastName()).isEqualTo("Blanc");
        });
    }

    @Test
    void aTextBeyondTheTechnicalCapIsCutWithAnEllipsisAndNoted() {
        String pasted = "x".repeat(Text.MAX_SENT + 500);
        SourceCourse course = course().name(pasted).build();

        CourseCheck check = CourseRules.check(course, WINDOW, List.of());

        assertThat(check.isSkipped()).isFalse();
        assertThat(check.course().getName()).hasSize(Text.MAX_SENT).endsWith("x…");
        assertThat(check.notes()).singleElement().satisfies(n -> {
            assertThat(n.reason()).isEqualTo(ReasonCode.TEXT_SHORTENED);
            assertThat(n.message()).startsWith("name of 1500 characters cut to 1000");
        });
    }

    @Test
    void aNameMadeOnlyOfInvisibleCharactersIsInvalidCourseData() {
        SourceCourse course = course().name("\u200B\u00A0\u2060").build();

        assertSkip(CourseRules.check(course, WINDOW, List.of()), ReasonCode.INVALID_COURSE_DATA,
                "name made only of invisible characters (U+200B U+00A0 U+2060)");
    }

    @Test
    void aRoomMadeOnlyOfInvisibleCharactersIsNoRoom() {
        SourceCourse course = course().room("\u200B ").build();

        assertThat(CourseRules.check(course, WINDOW, List.of()).course().getRoom()).isNull();
    }

    @Test
    void groupMembersWhoAreNotLearnersOfTheCourseAreDropped() {
        SourceGroup group = new SourceGroup("G1", "Groupe A", List.of("L1", "L99"));
        SourceCourse course = course().learners(List.of(ANNA)).groups(List.of(group)).build();

        assertThat(CourseRules.check(course, WINDOW, List.of()).course().getGroups())
                .containsExactly(new SourceGroup("G1", "Groupe A", List.of("L1")));
    }

    private static void assertSkip(CourseCheck check, ReasonCode reason, String detail) {
        assertThat(check.isSkipped()).isTrue();
        assertThat(check.skip().reason()).isEqualTo(reason);
        assertThat(check.skip().detail()).isEqualTo(detail);
        assertThat(check.leftOut()).isEmpty();
    }

    private static SourceCourse.Builder course() {
        return SourceCourse.builder("E1").name("Algèbre").category("CM")
                .start(TOMORROW_9).end(TOMORROW_9.plusHours(2))
                .instructors(List.of(PROF)).learners(List.of(ANNA, BRUNO));
    }

    private static SourcePerson instructor(String key, String first, String last, String email) {
        return new SourcePerson(Role.INSTRUCTOR, key, last, first, email, null, null);
    }

    private static SourcePerson learner(String key, String first, String last, String email) {
        return new SourcePerson(Role.LEARNER, key, last, first, email, null, null);
    }
}
