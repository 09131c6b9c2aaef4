package org.edusignconnector.sim.celcat;

import java.util.List;

/** A row of {@code /Groups} plus its members (served by {@code /student-membership}). */
public record CelcatGroup(int id, String uniqueName, String name, List<Integer> memberStudentIds) {

    public CelcatGroup {
        memberStudentIds = List.copyOf(memberStudentIds);
    }
}
