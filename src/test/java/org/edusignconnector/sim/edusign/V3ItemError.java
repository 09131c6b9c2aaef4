package org.edusignconnector.sim.edusign;

/** One batch item refused, with the v3 error code (DOC-V3: VALIDATION_ERROR, COURSE_NOT_FOUND...). */
final class V3ItemError extends RuntimeException {

    private final String code;

    V3ItemError(String code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    String code() {
        return code;
    }
}
