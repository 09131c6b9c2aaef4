package org.edusignconnector.fca;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edusignconnector.course.SourcePerson;

/**
 * The learners of a séance, from the registrations of its action, and the members of each of its
 * groups (keyed by FCA group id).
 *
 * @param learners     each learner once, in registration order
 * @param groupMembers learner keys by group id, from the registrations that count
 */
record FcaLearners(List<SourcePerson> learners, Map<String, List<String>> groupMembers) {

    /**
     * Registrations that count (CONFIRMEE, NON_CONFIRMEE with the option) make learners. Unreadable
     * registrations reach the rules as invalid learners, to be recorded with their reason, unless
     * the same learner also has a registration that counts.
     */
    static FcaLearners of(List<FcaRegistrations.Registration> registered, boolean includeUnconfirmed) {
        Map<String, SourcePerson> learners = new LinkedHashMap<>();
        Map<String, List<String>> groupMembers = new LinkedHashMap<>();
        for (FcaRegistrations.Registration r : registered) {
            if (!r.unusable() && r.counts(includeUnconfirmed)) {
                learners.putIfAbsent(r.learner().sourceKey(), r.learner());
                if (r.groupId() != null) {
                    groupMembers.computeIfAbsent(r.groupId(), g -> new ArrayList<>()).add(r.learner().sourceKey());
                }
            }
        }
        for (FcaRegistrations.Registration r : registered) {
            if (r.unusable()) {
                learners.putIfAbsent(r.learner().sourceKey(), r.learner());
            }
        }
        return new FcaLearners(new ArrayList<>(learners.values()), groupMembers);
    }
}
