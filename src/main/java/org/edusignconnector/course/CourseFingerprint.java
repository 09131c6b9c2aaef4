package org.edusignconnector.course;

import org.edusignconnector.common.Sha256;

/**
 * Fingerprint of everything about a (validated) course that reaches Edusign: the course itself,
 * its people's names and e-mails, its groups, and the tenant options that shape the payload.
 * Equal fingerprints mean nothing to write; it keys the idempotent repository.
 */
public final class CourseFingerprint {

    private CourseFingerprint() {
    }

    public static String of(SourceCourse c, String optionsSignature) {
        StringBuilder s = new StringBuilder(512);
        field(s, optionsSignature);
        field(s, c.getName());
        field(s, c.getStart().toInstant().toString());
        field(s, c.getEnd().toInstant().toString());
        field(s, c.getRoom());
        for (SourcePerson p : c.getInstructors()) {
            person(s.append("I"), p);
        }
        for (SourcePerson p : c.getLearners()) {
            person(s.append("L"), p);
        }
        for (SourceGroup g : c.getGroups()) {
            s.append('G');
            field(s, g.sourceKey());
            field(s, g.name());
            g.learnerKeys().forEach(k -> field(s, k));
        }
        return Sha256.hex(s.toString());
    }

    private static void person(StringBuilder s, SourcePerson p) {
        field(s, p.sourceKey());
        field(s, p.lastName());
        field(s, p.firstName());
        field(s, p.email());
        field(s, p.phone());
    }

    private static void field(StringBuilder s, String value) {
        String v = value == null ? "\u0000" : value;
        s.append(v.length()).append(':').append(v).append('|');
    }

}
