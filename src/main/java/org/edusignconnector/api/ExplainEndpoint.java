package org.edusignconnector.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.edusignconnector.ledger.ObjectKind;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.SyncEvent;
import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.ledger.LedgerEntry;
import org.edusignconnector.tenant.TenantCatalog;

/**
 * "Why is this course not on Edusign?" — {@code GET /api/tenants/{t}/courses/{sourceId}/explain}
 * (or {@code /api/tenants/{t}/explain?sourceId=}), answered from the ledger and the event log: on
 * Edusign with its id and last sync, or the reason code of the latest run with its details (which
 * learner e-mail was invalid, which filter matched, which other staff record holds the e-mail).
 */
public class ExplainEndpoint {

    private final TenantCatalog tenants;
    private final Ledger ledger;
    private final EventLog events;
    private final ObjectMapper json;

    public ExplainEndpoint(TenantCatalog tenants, Ledger ledger, EventLog events, ObjectMapper json) {
        this.tenants = tenants;
        this.ledger = ledger;
        this.events = events;
        this.json = json;
    }

    public void explain(Exchange exchange) {
        String tenant = exchange.getMessage().getHeader("tenant", String.class);
        String sourceId = exchange.getMessage().getHeader("sourceId", String.class);
        if (!tenants.exists(tenant)) {
            JsonAnswer.error(exchange, json, 404, "no tenant named '" + tenant + "'");
            return;
        }
        if (sourceId == null || sourceId.isBlank()) {
            JsonAnswer.error(exchange, json, 400, "sourceId is required");
            return;
        }
        JsonAnswer.send(exchange, json, 200, answer(tenant, sourceId.trim()));
    }

    Map<String, Object> answer(String tenant, String sourceId) {
        LedgerEntry entry = ledger.find(tenant, ObjectKind.COURSE, sourceId).orElse(null);
        List<SyncEvent> history = events.page(tenant, 0, 10, null, sourceId);
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("tenant", tenant);
        a.put("sourceId", sourceId);
        boolean on = entry != null && entry.state() == org.edusignconnector.ledger.LedgerState.SYNCED;
        a.put("onEdusign", on);
        a.put("edusignId", entry == null ? null : entry.edusignId());
        a.put("lastSync", entry == null ? null : entry.updatedAt());
        a.put("state", entry == null ? null : entry.state().name());
        SyncEvent latest = history.isEmpty() ? null : history.get(0);
        if (on) {
            a.put("reason", "ON_EDUSIGN");
            a.put("details", "sheet " + entry.edusignId() + " ('" + entry.label() + "'), last synchronised " + entry.updatedAt()
                    + (latest != null && !latest.reason().equals("CREATED") ? "; latest event: " + latest.reason() + " — " + latest.message() : ""));
        } else if (latest != null) {
            a.put("reason", latest.reason());
            a.put("details", latest.message());
        } else if (entry != null) {
            a.put("reason", entry.state().name());
            a.put("details", "the connector " + (entry.state() == org.edusignconnector.ledger.LedgerState.PENDING
                    ? "sent this course but has not confirmed it yet; the next run resolves it" : "deleted this sheet"));
        } else {
            a.put("reason", "NOT_LISTED");
            a.put("details", "no run has seen this course: it is outside the synchronised days, in another timetable,"
                    + " or not in the source under this id");
        }
        a.put("events", history);
        return a;
    }
}
