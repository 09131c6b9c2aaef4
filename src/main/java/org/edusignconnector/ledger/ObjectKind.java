package org.edusignconnector.ledger;

/** The kinds of object the connector creates and keeps in its ledger: sheets (courses), learners, instructors, groups. */
public enum ObjectKind {
    COURSE("course"), STUDENT("student"), PROFESSOR("professor"), GROUP("group");

    private final String path;

    ObjectKind(String path) {
        this.path = path;
    }

    /** The kind's lower-case noun: how the sink names it in its paths and request bodies. */
    public String path() {
        return path;
    }
}
