package org.edusignconnector.doctor;

import java.util.List;

/** What the doctor found for one tenant; {@link #exitCode()} is the command line's: 0 unless a check FAILed. */
public record DoctorReport(String tenant, List<Check> checks) {

    public boolean failed() {
        return checks.stream().anyMatch(c -> c.verdict() == Verdict.FAIL);
    }

    public int exitCode() {
        return failed() ? 1 : 0;
    }

    /** One line a check, for a terminal. */
    public String asText() {
        StringBuilder out = new StringBuilder("doctor of tenant '" + tenant + "'\n");
        for (Check c : checks) {
            out.append(String.format("%-4s %-7s %-28s %s%s%n", c.verdict(), c.family(), c.name(), c.meaning(),
                    c.setting() == null ? "" : " [setting: " + c.setting() + "]"));
        }
        return out.append(failed() ? "at least one check FAILED\n" : "no check failed\n").toString();
    }
}
