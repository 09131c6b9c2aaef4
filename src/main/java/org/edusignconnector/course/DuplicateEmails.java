package org.edusignconnector.course;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Edusign refuses a second instructor with an existing e-mail. When two different source staff
 * records share one e-mail, the first one (in source order) keeps it; the others are blocked and
 * so are their courses.
 */
public final class DuplicateEmails {

    public static final String PROBLEM_PREFIX = "e-mail also used by";

    private DuplicateEmails() {
    }

    /** Returns the same people, with the later holders of a shared e-mail marked as blocked. */
    public static List<SourcePerson> blockLaterHolders(List<SourcePerson> staff) {
        Map<String, SourcePerson> firstHolder = new HashMap<>();
        List<SourcePerson> result = new ArrayList<>(staff.size());
        for (SourcePerson p : staff) {
            String email = PersonRules.normaliseEmail(p.email());
            if (email == null || email.isBlank()) {
                result.add(p);
                continue;
            }
            SourcePerson holder = firstHolder.putIfAbsent(email, p);
            if (holder == null || holder.sourceKey().equals(p.sourceKey())) {
                result.add(p);
            } else {
                result.add(p.withProblem(PROBLEM_PREFIX + " staff record " + holder.sourceKey() + " (" + holder.displayName() + ") for " + email));
            }
        }
        return result;
    }
}
