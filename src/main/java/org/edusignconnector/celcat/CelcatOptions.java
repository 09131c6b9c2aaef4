package org.edusignconnector.celcat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.edusignconnector.course.CourseFilter;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.Skip;

/**
 * The Celcat options of Edusign's Celcat page: TimeTableIds, category inclusion (which takes
 * precedence) or exclusion, company (department) and area (sites) lists.
 */
public record CelcatOptions(List<String> timeTableIds, List<String> categoriesIncluded, List<String> categoriesExcluded,
                            List<String> companies, List<String> areas) {

    public CelcatOptions {
        // Lists whose contains(null) answers false (List.of throws): an event without category,
        // department or timetable id is filtered out with its reason, never a crash of the run.
        timeTableIds = Collections.unmodifiableList(new ArrayList<>(timeTableIds));
        categoriesIncluded = Collections.unmodifiableList(new ArrayList<>(categoriesIncluded));
        categoriesExcluded = Collections.unmodifiableList(new ArrayList<>(categoriesExcluded));
        companies = Collections.unmodifiableList(new ArrayList<>(companies));
        areas = Collections.unmodifiableList(new ArrayList<>(areas));
    }

    public List<CourseFilter> filters() {
        List<CourseFilter> filters = new ArrayList<>();
        if (!timeTableIds.isEmpty()) {
            filters.add(c -> timeTableIds.contains(c.getTimetableId()) ? Optional.empty()
                    : skip(ReasonCode.FILTERED_TIMETABLE, "timetable " + c.getTimetableId() + " is not in TimeTableIds " + timeTableIds));
        }
        if (!categoriesIncluded.isEmpty()) {
            filters.add(c -> categoriesIncluded.contains(c.getCategory()) ? Optional.empty()
                    : skip(ReasonCode.FILTERED_CATEGORY, "category '" + c.getCategory() + "' is not in EventCategoryNamesIncluded " + categoriesIncluded));
        } else if (!categoriesExcluded.isEmpty()) {
            filters.add(c -> !categoriesExcluded.contains(c.getCategory()) ? Optional.empty()
                    : skip(ReasonCode.FILTERED_CATEGORY, "category '" + c.getCategory() + "' is in EventCategoryNamesExcluded"));
        }
        if (!companies.isEmpty()) {
            filters.add(c -> companies.contains(c.getCompany()) ? Optional.empty()
                    : skip(ReasonCode.FILTERED_COMPANY, "not under the right company: '" + c.getCompany() + "' is not in " + companies));
        }
        if (!areas.isEmpty()) {
            filters.add(c -> c.getAreas().stream().anyMatch(areas::contains) ? Optional.empty()
                    : skip(ReasonCode.FILTERED_AREA, "not in the right area: " + c.getAreas() + " has none of " + areas));
        }
        return filters;
    }

    public String signature() {
        Set<String> parts = new TreeSet<>();
        parts.add("tt=" + timeTableIds);
        parts.add("in=" + categoriesIncluded);
        parts.add("ex=" + categoriesExcluded);
        parts.add("co=" + companies);
        parts.add("ar=" + areas);
        return String.join(";", parts);
    }

    private static Optional<Skip> skip(ReasonCode reason, String detail) {
        return Optional.of(new Skip(reason, detail));
    }
}
