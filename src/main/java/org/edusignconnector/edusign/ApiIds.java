package org.edusignconnector.edusign;

import org.edusignconnector.common.Sha256;

import java.util.List;
import java.util.Locale;

/**
 * The API_ID this connector gives an object on Edusign: opaque and safe in a URL path (it goes into
 * {@code get-id/{API_ID}}), derived deterministically from the source system, tenant, kind and source key,
 * so that a runtime that lost its database derives the same one. Source keys carry {@code /}, {@code :}
 * and spaces (Celcat): they never reach a URL. Objects made before this form carry the
 * {@linkplain #legacy legacy} one (system:tenant:kind:key); the ledger keeps whichever an object has,
 * and lookups try both.
 */
public final class ApiIds {

    static final String PREFIX = "ec1-";

    private ApiIds() {
    }

    public static String of(String system, String tenant, String kind, String sourceKey) {
        return PREFIX + kind.toLowerCase(Locale.ROOT) + '-' + Sha256.hex(legacy(system, tenant, kind, sourceKey)).substring(0, 32);
    }

    /** The form used before API_IDs were made URL-safe. */
    public static String legacy(String system, String tenant, String kind, String sourceKey) {
        return system + ":" + tenant + ":" + kind + ":" + sourceKey;
    }

    /** The API_IDs an object of ours may carry on Edusign: today's, then the legacy one. */
    public static List<String> candidates(String system, String tenant, String kind, String sourceKey) {
        return List.of(of(system, tenant, kind, sourceKey), legacy(system, tenant, kind, sourceKey));
    }

    /** Whether an API_ID can go into a path segment as it is (the legacy form often cannot). */
    public static boolean pathSafe(String apiId) {
        return apiId.matches("[A-Za-z0-9._~:@!$&'()*+,;=-]+");
    }
}
