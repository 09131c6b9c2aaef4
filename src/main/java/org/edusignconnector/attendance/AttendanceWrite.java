package org.edusignconnector.attendance;

import org.edusignconnector.common.Sha256;

/**
 * The write-back of one locked sheet to its source, ready to send: where, what body, and the
 * fingerprint of that body (the second half of the idempotent key: a changed attendance is written
 * again once, an unchanged one never).
 */
public record AttendanceWrite(String sheetId, String sourceKey, String target, String timetableId, String body, String fingerprint) {

    public static AttendanceWrite of(String sheetId, String sourceKey, String target, String timetableId, String body) {
        return new AttendanceWrite(sheetId, sourceKey, target, timetableId, body, Sha256.hex(target + "\n" + body));
    }
}
