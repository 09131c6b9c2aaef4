package org.edusignconnector.edusign;

/**
 * Two or more objects already on Edusign match one source object ({@link SheetTakeover}): none is adopted and
 * nothing is created, until an operator removes the extra one. Recorded as {@code ADOPTION_AMBIGUOUS}.
 */
public class AmbiguousAdoptionException extends RuntimeException {
    public AmbiguousAdoptionException(String message) {
        super(message);
    }
}
