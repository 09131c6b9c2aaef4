package org.edusignconnector.api;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.edusign.EdusignApi;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.RunSummary;
import org.edusignconnector.events.SyncRequest;
import org.edusignconnector.sync.RunAlreadyInProgressException;
import org.edusignconnector.sync.SyncLauncher;
import org.edusignconnector.tenant.Tenant;
import org.edusignconnector.tenant.TenantCatalog;

/**
 * {@code POST /api/webhooks/edusign/{tenant}}: Edusign's {@code on_course_locked} webhook. The
 * {@code x-edusign-hmac} header must be the HMAC-SHA256 (hex) of the raw body with the tenant's
 * application client secret; anything unsigned or wrong is refused with 401 and recorded. A valid
 * call writes that sheet's attendance back at once, through the same route and idempotent
 * repository as the scheduled poll, so the two never write twice.
 */
public class WebhookEndpoint {

    private final TenantCatalog tenants;
    private final SyncLauncher launcher;
    private final WebhookFollowUps followUps;
    private final EventLog events;
    private final ObjectMapper json;

    public WebhookEndpoint(TenantCatalog tenants, SyncLauncher launcher, WebhookFollowUps followUps, EventLog events, ObjectMapper json) {
        this.tenants = tenants;
        this.launcher = launcher;
        this.followUps = followUps;
        this.events = events;
        this.json = json;
    }

    public void handle(Exchange exchange) {
        String tenantName = exchange.getMessage().getHeader("tenant", String.class);
        byte[] body = exchange.getMessage().getBody(byte[].class);
        String signature = exchange.getMessage().getHeader("x-edusign-hmac", String.class);
        String type = exchange.getMessage().getHeader("x-edusign-webhook-type", String.class);
        exchange.getMessage().setBody(null);
        if (!tenants.exists(tenantName) || tenants.get(tenantName).webhookSecret() == null) {
            JsonAnswer.error(exchange, json, 404, "no webhook for tenant '" + tenantName + "'");
            return;
        }
        Tenant tenant = tenants.get(tenantName);
        if (!validSignature(body == null ? new byte[0] : body, signature, tenant.webhookSecret())) {
            events.record(tenantName, null, "webhook", null, ReasonCode.WEBHOOK_REJECTED.name(),
                    signature == null || signature.isBlank() ? "webhook refused: no x-edusign-hmac signature"
                            : "webhook refused: the x-edusign-hmac signature does not match the body");
            JsonAnswer.error(exchange, json, 401, "invalid or missing x-edusign-hmac signature");
            return;
        }
        if (type != null && !"on_course_locked".equals(type)) {
            JsonAnswer.send(exchange, json, 202, Map.of("ignored", type));
            return;
        }
        String courseId = courseId(body);
        if (courseId == null) {
            JsonAnswer.error(exchange, json, 400, "the webhook carries no course id");
            return;
        }
        if (!tenant.sendAttendance()) {
            JsonAnswer.send(exchange, json, 202, Map.of("ignored", "attendance write-back is off for this tenant"));
            return;
        }
        SyncRequest request = new SyncRequest(tenantName, SyncRequest.UP, false, "webhook", null, null, courseId);
        try {
            RunSummary summary = launcher.run(request);
            JsonAnswer.send(exchange, json, "COMPLETED".equals(summary.status()) ? 200 : 500, summary);
        } catch (RunAlreadyInProgressException e) {
            followUps.writeWhenFree(request);
            JsonAnswer.send(exchange, json, 202, Map.of("queued", "a run of the tenant is in progress; this sheet is written as soon as it ends"));
        }
    }

    static boolean validSignature(byte[] body, String signature, String secret) {
        if (signature == null || signature.isBlank()) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] expected = HexFormat.of().formatHex(mac.doFinal(body)).getBytes(StandardCharsets.US_ASCII);
            return MessageDigest.isEqual(expected, signature.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }

    private String courseId(byte[] body) {
        try {
            JsonNode n = json.readTree(body);
            for (JsonNode candidate : new JsonNode[] {n.path("course"), n.path("data").path("course"), n}) {
                String id = EdusignApi.idOrNull(candidate.isMissingNode() ? null : candidate);
                if (id != null && !id.isBlank()) {
                    return id;
                }
            }
            for (String field : new String[] {"courseId", "COURSE_ID", "course_id"}) {
                if (n.hasNonNull(field)) {
                    return n.get(field).asText();
                }
            }
        } catch (Exception unreadable) {
            return null;
        }
        return null;
    }
}
