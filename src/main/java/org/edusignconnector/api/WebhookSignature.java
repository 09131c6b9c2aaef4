package org.edusignconnector.api;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Edusign's {@code x-edusign-hmac}: the HMAC-SHA256 (hex) of the raw body with the tenant's client secret. */
final class WebhookSignature {

    /**
     * Stands in for the secret of a name that is no tenant: its signature is checked all the same, so
     * that an unknown tenant takes as long to refuse as a wrong signature.
     */
    static final String NO_SECRET = "no tenant of that name";

    private WebhookSignature() {
    }

    /** False for a missing signature or a body that could not be read ({@code null}). */
    static boolean valid(byte[] body, String signature, String secret) {
        if (body == null || signature == null || signature.isBlank()) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, normalise(signature).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    /** Hex digits are compared, and remembered against replays, in one case. */
    static String normalise(String signature) {
        return signature.trim().toLowerCase(Locale.ROOT);
    }
}
