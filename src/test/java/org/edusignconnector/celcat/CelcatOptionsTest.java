package org.edusignconnector.celcat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

import org.edusignconnector.course.CourseFilter;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.Skip;
import org.edusignconnector.course.SourceCourse;
import org.junit.jupiter.api.Test;

/**
 * The options of Edusign's Celcat page as course filters: TimeTableIds, category inclusion (which
 * takes precedence over exclusion), company (department) and area (any of the event's sites).
 * Each skip carries its reason code and a detail naming the value that did not match.
 */
class CelcatOptionsTest {

    private static final List<String> NONE = List.of();

    @Test
    void noOptionsMeansNoFilters() {
        assertThat(options(NONE, NONE, NONE, NONE, NONE).filters()).isEmpty();
    }

    @Test
    void inclusionListKeepsOnlyItsCategories() {
        CelcatOptions o = options(NONE, List.of("TD", "TP"), NONE, NONE, NONE);

        assertThat(verdict(o, event().category("TD"))).isEmpty();
        assertThat(verdict(o, event().category("TP"))).isEmpty();
        Skip skip = verdict(o, event().category("CM")).orElseThrow();
        assertThat(skip.reason()).isEqualTo(ReasonCode.FILTERED_CATEGORY);
        assertThat(skip.detail()).isEqualTo("category 'CM' is not in EventCategoryNamesIncluded [TD, TP]");
    }

    @Test
    void inclusionTakesPrecedenceOverExclusion() {
        CelcatOptions o = options(NONE, List.of("TD"), List.of("TD", "CM"), NONE, NONE);

        assertThat(verdict(o, event().category("TD"))).as("included although excluded").isEmpty();
        assertThat(verdict(o, event().category("Examen"))).as("not excluded, but not included")
                .get().extracting(Skip::detail).asString().contains("'Examen'", "EventCategoryNamesIncluded");
        assertThat(o.filters()).hasSize(1);
    }

    @Test
    void exclusionListAppliesWhenNoInclusionListIsSet() {
        CelcatOptions o = options(NONE, NONE, List.of("Vacances", "Examen"), NONE, NONE);

        assertThat(verdict(o, event().category("CM"))).isEmpty();
        Skip skip = verdict(o, event().category("Vacances")).orElseThrow();
        assertThat(skip.reason()).isEqualTo(ReasonCode.FILTERED_CATEGORY);
        assertThat(skip.detail()).isEqualTo("category 'Vacances' is in EventCategoryNamesExcluded");
    }

    @Test
    void inclusionListRejectsAnEventWithoutCategory() {
        CelcatOptions o = options(NONE, List.of("TD"), NONE, NONE, NONE);

        assertThat(verdict(o, event().category(null))).get().extracting(Skip::reason).isEqualTo(ReasonCode.FILTERED_CATEGORY);
    }

    @Test
    void exclusionListKeepsAnEventWithoutCategory() {
        CelcatOptions o = options(NONE, NONE, List.of("Vacances"), NONE, NONE);

        assertThat(verdict(o, event().category(null))).isEmpty();
    }

    @Test
    void eventWithoutDepartmentOrTimetableIsFilteredNotACrash() {
        CelcatOptions o = options(List.of("1"), NONE, NONE, List.of("D : CY TECH"), NONE);

        assertThat(verdict(o, event().timetableId(null))).get().extracting(Skip::detail).asString().contains("timetable null");
        assertThat(verdict(o, event().company(null))).get().extracting(Skip::detail).asString().contains("'null'");
    }

    @Test
    void companyListKeepsOnlyItsDepartments() {
        CelcatOptions o = options(NONE, NONE, NONE, List.of("D : CY TECH"), NONE);

        assertThat(verdict(o, event().company("D : CY TECH"))).isEmpty();
        Skip skip = verdict(o, event().company("D : SCIENCES PO")).orElseThrow();
        assertThat(skip.reason()).isEqualTo(ReasonCode.FILTERED_COMPANY);
        assertThat(skip.detail()).isEqualTo("not under the right company: 'D : SCIENCES PO' is not in [D : CY TECH]");
    }

    @Test
    void areaMatchesWhenAnyOfTheEventSitesIsListed() {
        CelcatOptions o = options(NONE, NONE, NONE, NONE, List.of("EISTI", "PAU"));

        assertThat(verdict(o, event().areas(List.of("CERGY", "PAU")))).isEmpty();
        assertThat(verdict(o, event().areas(List.of("EISTI")))).isEmpty();
    }

    @Test
    void areaSkipNamesTheEventSitesAndTheList() {
        CelcatOptions o = options(NONE, NONE, NONE, NONE, List.of("EISTI"));

        Skip skip = verdict(o, event().areas(List.of("CERGY", "SAINT-GERMAIN"))).orElseThrow();

        assertThat(skip.reason()).isEqualTo(ReasonCode.FILTERED_AREA);
        assertThat(skip.detail()).isEqualTo("not in the right area: [CERGY, SAINT-GERMAIN] has none of [EISTI]");
    }

    @Test
    void eventWithoutSiteIsNotInAnyArea() {
        CelcatOptions o = options(NONE, NONE, NONE, NONE, List.of("EISTI"));

        assertThat(verdict(o, event().areas(null))).get().extracting(Skip::reason).isEqualTo(ReasonCode.FILTERED_AREA);
    }

    @Test
    void timetableListKeepsOnlyItsTimetables() {
        CelcatOptions o = options(List.of("1", "3"), NONE, NONE, NONE, NONE);

        assertThat(verdict(o, event().timetableId("3"))).isEmpty();
        Skip skip = verdict(o, event().timetableId("2")).orElseThrow();
        assertThat(skip.reason()).isEqualTo(ReasonCode.FILTERED_TIMETABLE);
        assertThat(skip.detail()).isEqualTo("timetable 2 is not in TimeTableIds [1, 3]");
    }

    @Test
    void eventPassingEveryOptionIsKept() {
        CelcatOptions o = options(List.of("1"), List.of("TD"), List.of("CM"), List.of("D : CY TECH"), List.of("EISTI"));

        assertThat(verdict(o, event())).isEmpty();
    }

    @Test
    void eachOptionRejectsOnItsOwnWhenTheOthersMatch() {
        CelcatOptions o = options(List.of("1"), List.of("TD"), NONE, List.of("D : CY TECH"), List.of("EISTI"));

        assertThat(verdict(o, event().timetableId("9"))).get().extracting(Skip::reason).isEqualTo(ReasonCode.FILTERED_TIMETABLE);
        assertThat(verdict(o, event().category("CM"))).get().extracting(Skip::reason).isEqualTo(ReasonCode.FILTERED_CATEGORY);
        assertThat(verdict(o, event().company("other"))).get().extracting(Skip::reason).isEqualTo(ReasonCode.FILTERED_COMPANY);
        assertThat(verdict(o, event().areas(List.of("other")))).get().extracting(Skip::reason).isEqualTo(ReasonCode.FILTERED_AREA);
    }

    @Test
    void signatureChangesWithEveryOption() {
        CelcatOptions base = options(List.of("1"), List.of("TD"), List.of("CM"), List.of("D"), List.of("A"));

        assertThat(base.signature()).isEqualTo(options(List.of("1"), List.of("TD"), List.of("CM"), List.of("D"), List.of("A")).signature());
        assertThat(List.of(
                options(List.of("2"), List.of("TD"), List.of("CM"), List.of("D"), List.of("A")),
                options(List.of("1"), List.of("TP"), List.of("CM"), List.of("D"), List.of("A")),
                options(List.of("1"), List.of("TD"), List.of("TP"), List.of("D"), List.of("A")),
                options(List.of("1"), List.of("TD"), List.of("CM"), List.of("E"), List.of("A")),
                options(List.of("1"), List.of("TD"), List.of("CM"), List.of("D"), List.of("B")),
                // the same value under another option is another configuration
                options(List.of("1"), List.of("TD"), List.of("CM"), List.of("A"), List.of("D"))))
                .extracting(CelcatOptions::signature)
                .doesNotContain(base.signature())
                .doesNotHaveDuplicates();
    }

    private static Optional<Skip> verdict(CelcatOptions options, SourceCourse.Builder course) {
        SourceCourse c = course.build();
        for (CourseFilter f : options.filters()) {
            Optional<Skip> skip = f.check(c);
            if (skip.isPresent()) {
                return skip;
            }
        }
        return Optional.empty();
    }

    private static CelcatOptions options(List<String> timetables, List<String> included, List<String> excluded,
                                         List<String> companies, List<String> areas) {
        return new CelcatOptions(timetables, included, excluded, companies, areas);
    }

    private static SourceCourse.Builder event() {
        return SourceCourse.builder("-1347128091:-662573064:1:153781:22").name("LV1 / TOEIC")
                .timetableId("1").category("TD").company("D : CY TECH").areas(List.of("EISTI"));
    }
}
