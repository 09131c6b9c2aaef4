package org.edusignconnector.doctor;

import java.util.Locale;

import org.edusignconnector.tenant.Tenant;

/**
 * Whether Edusign v3 answers a tenant that writes through it ({@code edusignApi: v3-batch}). v3 has no read:
 * the probe is an empty course batch, which v3 refuses as invalid (1 to 1,000 items) without writing anything —
 * a JSON refusal proves the route and the key; 401/403 is a refused key, 404 no v3 at that address.
 */
final class V3Check {

    private static final String FAMILY = "edusign";
    private static final String NAME = "v3 API";

    private V3Check() {
    }

    static Check of(Tenant tenant, Probe v3) {
        String api = tenant.settings().required("edusignApi");
        if (!api.toLowerCase(Locale.ROOT).startsWith("v3")) {
            return Check.pass(FAMILY, NAME, "not used: the tenant writes through v1");
        }
        Probe.Answer a = v3.postNothing("/v3/courses/batch-upsert", "{\"items\":[]}");
        if (a.refused()) {
            return Check.fail(FAMILY, NAME, "v3 refused the key (HTTP " + a.status() + "): the key may lack the v3 (beta) access",
                    "edusignApi (back to v1), or the key's permissions in Edusign");
        }
        if (a.status() >= 400 && a.status() < 500 && a.status() != 404 && a.json() != null) {
            return Check.pass(FAMILY, NAME, "v3 answers (an empty batch refused with HTTP " + a.status() + ", nothing written)");
        }
        if (a.status() >= 200 && a.status() < 300) {
            return Check.warn(FAMILY, NAME, "v3 accepted an empty batch (HTTP " + a.status() + "): it answers, but not as the reference says",
                    "edusignV3Url");
        }
        return Check.fail(FAMILY, NAME, "v3 does not answer at " + "edusignV3Url (HTTP " + a.status() + ")"
                + (a.failure() == null ? "" : ": " + a.failure()), "edusignV3Url, edusignApi");
    }
}
