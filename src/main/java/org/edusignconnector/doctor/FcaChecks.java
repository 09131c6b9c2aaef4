package org.edusignconnector.doctor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.fca.FcaLists;
import org.edusignconnector.tenant.Tenant;

/**
 * What the connector assumes of a school's FCA Manager, checked with reads only: the credentials are accepted
 * (through the proxy, when one is set), the lists have the shapes read, and {@code defaultAbsenceReason} names
 * a justified absence reason.
 */
final class FcaChecks {

    static final String FAMILY = "fca";

    private final Tenant tenant;
    private final Probe fca;
    private final LocalDate today;

    FcaChecks(Tenant tenant, Probe fca, LocalDate today) {
        this.tenant = tenant;
        this.fca = fca;
        this.today = today;
    }

    List<Check> run() {
        List<Check> checks = new ArrayList<>();
        boolean proxy = tenant.settings().text("proxyHost") != null;
        Probe.Answer seances = fca.get("/seances?dateDebut=" + today + "&dateFin=" + today.plusDays(tenant.windowDays()) + "&page=0&size=1");
        if (proxy) {
            checks.add(seances.status() == 0
                    ? Check.fail(FAMILY, "proxy", "FCA Manager cannot be reached through the proxy: " + seances.failure(), "proxyHost, proxyPort, proxyUsername")
                    : Check.pass(FAMILY, "proxy", "the proxy answers"));
        }
        if (seances.refused()) {
            checks.add(Check.fail(FAMILY, "credentials", "FCA Manager refused the credentials (HTTP " + seances.status() + ")",
                    "fcaUsername, fcaPasswordEnv (the variable it names)"));
            return checks;
        }
        if (seances.failure() != null || seances.status() != 200) {
            checks.add(Check.fail(FAMILY, "credentials", "FCA Manager does not answer (HTTP " + seances.status() + ")"
                    + (seances.failure() == null ? "" : ": " + seances.failure()), "fcaUrl"));
            return checks;
        }
        checks.add(Check.pass(FAMILY, "credentials", "the credentials are accepted"));
        checks.add(FcaLists.items(seances.json()).isPresent()
                ? Check.pass(FAMILY, "list shapes", "séances come as " + (seances.json().isArray() ? "a bare list" : "{items, totalPages} pages"))
                : Check.fail(FAMILY, "list shapes", "/seances answers neither a list nor a page with an items list", "fcaUrl"));
        checks.add(absenceReason());
        return checks;
    }

    private Check absenceReason() {
        String wanted = tenant.settings().text("defaultAbsenceReason");
        if (wanted == null) {
            return Check.warn(FAMILY, "defaultAbsenceReason", "not set: an absence whose Edusign reason has no justified FCA match is sent"
                    + " unjustified", "defaultAbsenceReason");
        }
        Probe.Answer motifs = fca.get("/motifs-absence");
        Optional<JsonNode> reasons = FcaLists.items(motifs.json());
        if (reasons.isEmpty()) {
            return Check.fail(FAMILY, "defaultAbsenceReason", "/motifs-absence is not a list (HTTP " + motifs.status() + ")", "fcaUrl");
        }
        for (JsonNode m : reasons.get()) {
            boolean same = wanted.equals(m.path("id").asText()) || wanted.toLowerCase(Locale.ROOT).equals(m.path("libelle").asText("").trim().toLowerCase(Locale.ROOT));
            if (same) {
                return m.path("justifie").asBoolean(false)
                        ? Check.pass(FAMILY, "defaultAbsenceReason", "'" + wanted + "' exists and is justified")
                        : Check.fail(FAMILY, "defaultAbsenceReason", "'" + wanted + "' exists but is not justified", "defaultAbsenceReason");
            }
        }
        return Check.fail(FAMILY, "defaultAbsenceReason", "no absence reason '" + wanted + "' in FCA Manager", "defaultAbsenceReason");
    }
}
