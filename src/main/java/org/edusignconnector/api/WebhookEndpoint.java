package org.edusignconnector.api;

import java.util.Map;

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
 * application client secret; anything unsigned or wrong, and any unknown tenant, is refused with the
 * same 401 (see {@link WebhookGuard} for what a refusal costs). A valid call writes that sheet's
 * attendance back at once, through the same route and idempotent repository as the scheduled poll,
 * so the two never write twice; the same call again within the replay window is acknowledged only.
 */
public class WebhookEndpoint {

    private final TenantCatalog tenants;
    private final SyncLauncher launcher;
    private final WebhookFollowUps followUps;
    private final EventLog events;
    private final ObjectMapper json;
    private final WebhookGuard guard;

    public WebhookEndpoint(TenantCatalog tenants, SyncLauncher launcher, WebhookFollowUps followUps, EventLog events, ObjectMapper json,
                           WebhookGuard guard) {
        this.guard = guard;
        this.tenants = tenants;
        this.launcher = launcher;
        this.followUps = followUps;
        this.events = events;
        this.json = json;
    }

    public void handle(Exchange exchange) {
        String tenantName = exchange.getMessage().getHeader("tenant", String.class);
        byte[] body = rawBody(exchange);
        String signature = exchange.getMessage().getHeader("x-edusign-hmac", String.class);
        String type = exchange.getMessage().getHeader("x-edusign-webhook-type", String.class);
        exchange.getMessage().setBody(null);
        Tenant tenant = tenants.exists(tenantName) ? tenants.get(tenantName) : null;
        String secret = tenant == null || tenant.webhookSecret() == null ? null : tenant.webhookSecret();
        boolean signed = WebhookSignature.valid(body, signature, secret == null ? WebhookSignature.NO_SECRET : secret);
        if (secret == null || !signed) {
            refuse(exchange, tenant == null ? null : tenantName,
                    tenant == null ? "unknown_tenant" : secret == null ? "no_webhook_secret" : reason(body, signature));
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
        if (!guard.firstDelivery(tenantName, signature)) {
            JsonAnswer.send(exchange, json, 200, Map.of("ignored", "this call was received already; it is not run again"));
            return;
        }
        run(exchange, new SyncRequest(tenantName, SyncRequest.UP, false, "webhook", null, null, courseId), signature);
    }

    private void run(Exchange exchange, SyncRequest request, String signature) {
        try {
            RunSummary summary = launcher.run(request);
            boolean completed = "COMPLETED".equals(summary.status());
            if (!completed) {
                guard.forget(request.tenant(), signature);
            }
            JsonAnswer.send(exchange, json, completed ? 200 : 500, summary);
        } catch (RunAlreadyInProgressException e) {
            followUps.writeWhenFree(request);
            JsonAnswer.send(exchange, json, 202, Map.of("queued", "a run of the tenant is in progress; this sheet is written as soon as it ends"));
        } catch (RuntimeException e) {
            guard.forget(request.tenant(), signature);
            throw e;
        }
    }

    /**
     * One answer for every refusal — unknown tenant, tenant without a webhook, missing or wrong
     * signature — so that tenant names cannot be enumerated. Counted always; recorded as an event at
     * most once per tenant and minute, so forged calls cost no row each.
     */
    private void refuse(Exchange exchange, String knownTenant, String reason) {
        if (guard.rejected(knownTenant, reason)) {
            String why = switch (reason) {
                case "unsigned" -> "no x-edusign-hmac signature";
                case "no_webhook_secret" -> "the tenant has no webhookSecretEnv";
                default -> "the x-edusign-hmac signature does not match the body";
            };
            events.record(knownTenant, null, "webhook", null, ReasonCode.WEBHOOK_REJECTED.name(), "webhook refused: " + why
                    + " (further refusals this minute are only counted in connector_webhook_rejected_total)");
        }
        exchange.getMessage().removeHeaders("*");
        JsonAnswer.error(exchange, json, 401, "invalid or missing x-edusign-hmac signature");
    }

    private static String reason(byte[] body, String signature) {
        if (signature == null || signature.isBlank()) {
            return "unsigned";
        }
        return body == null ? "unreadable_body" : "bad_signature";
    }

    /** The raw bytes signed by Edusign, or null when the HTTP layer turned the body into something else (a form). */
    private static byte[] rawBody(Exchange exchange) {
        Object body = exchange.getMessage().getBody();
        if (body == null) {
            return new byte[0];
        }
        if (body instanceof Map<?, ?>) {
            return null;
        }
        try {
            return exchange.getMessage().getBody(byte[].class);
        } catch (RuntimeException unconvertible) {
            return null;
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
