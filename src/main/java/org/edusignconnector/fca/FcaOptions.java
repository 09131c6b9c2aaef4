package org.edusignconnector.fca;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.edusignconnector.course.CourseFilter;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.Skip;

/**
 * The FCA Manager options of Edusign's FCA page that shape what goes down: the activity list
 * (activity references or action labels), unconfirmed registrations, instructors from the teaching.
 */
public record FcaOptions(List<String> activities, boolean includeUnconfirmed, boolean instructorsFromTeaching) {

    public List<CourseFilter> filters() {
        List<CourseFilter> filters = new ArrayList<>();
        if (!activities.isEmpty()) {
            filters.add(c -> activities.contains(c.getActivity()) || activities.contains(c.getCategory()) ? Optional.empty()
                    : Optional.of(new Skip(ReasonCode.FILTERED_ACTIVITY, "not linked to an action from the list: activity '"
                            + c.getActivity() + "', action '" + c.getCategory() + "' are not in " + activities)));
        }
        return filters;
    }

    public String signature() {
        return "activities=" + activities + ";unconfirmed=" + includeUnconfirmed + ";fromTeaching=" + instructorsFromTeaching;
    }
}
