package org.edusignconnector.attendance;

import org.edusignconnector.edusign.Fingerprints;

/**
 * The write-back of one locked sheet to its source, ready to send: where, what body, and the
 * fingerprint of that body (the second half of the idempotent key: a changed attendance is written
 * again once, an unchanged one never).
 */
public record AttendanceWrite(String sheetId, String sourceKey, String target, String timetableId, String body, String fingerprint) {

    public static AttendanceWrite of(String sheetId, String sourceKey, String target, String timetableId, String body) {
        return new AttendanceWrite(sheetId, sourceKey, target, timetableId, body, Fingerprints.sha256(target + "\n" + body));
    }
}
