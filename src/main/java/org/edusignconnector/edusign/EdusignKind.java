package org.edusignconnector.edusign;

/** The Edusign object kinds the connector writes, with their v1 path and wrapper name. */
public enum EdusignKind {
    COURSE("course"), STUDENT("student"), PROFESSOR("professor"), GROUP("group");

    private final String path;

    EdusignKind(String path) {
        this.path = path;
    }

    /** Path segment after /v1/, and the name of the wrapping object in request bodies. */
    public String path() {
        return path;
    }
}
