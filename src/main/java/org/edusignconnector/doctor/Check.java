package org.edusignconnector.doctor;

/**
 * One doctor check: which system it is about ({@code family}: edusign, celcat, fca), what it looks at, its
 * verdict, what that means for the connector, and the setting to change when it is not a PASS.
 */
public record Check(String family, String name, Verdict verdict, String meaning, String setting) {

    static Check pass(String family, String name, String meaning) {
        return new Check(family, name, Verdict.PASS, meaning, null);
    }

    static Check warn(String family, String name, String meaning, String setting) {
        return new Check(family, name, Verdict.WARN, meaning, setting);
    }

    static Check fail(String family, String name, String meaning, String setting) {
        return new Check(family, name, Verdict.FAIL, meaning, setting);
    }
}
