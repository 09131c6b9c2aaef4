package org.edusignconnector.course;

import java.util.List;

/** A group of learners in the source system; members are learner source keys. */
public record SourceGroup(String sourceKey, String name, List<String> learnerKeys) {
    public SourceGroup {
        learnerKeys = List.copyOf(learnerKeys);
    }
}
