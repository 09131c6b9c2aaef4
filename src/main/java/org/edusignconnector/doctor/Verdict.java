package org.edusignconnector.doctor;

/** A check's outcome: PASS as the connector assumes, WARN works but costs or hides something, FAIL will not work. */
public enum Verdict {
    PASS, WARN, FAIL
}
