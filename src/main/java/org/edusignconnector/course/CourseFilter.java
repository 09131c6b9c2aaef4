package org.edusignconnector.course;

import java.util.Optional;

/** A source option that keeps some courses out (category, company, area, activity...). */
@FunctionalInterface
public interface CourseFilter {
    Optional<Skip> check(SourceCourse course);
}
