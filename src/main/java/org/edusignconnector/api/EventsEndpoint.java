package org.edusignconnector.api;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.events.SyncEvent;
import org.edusignconnector.tenant.TenantCatalog;

import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code GET /api/tenants/{tenant}/events?page=0&size=50[&reason=..][&sourceId=..]}: newest first. */
public class EventsEndpoint {

    private static final int MAX_SIZE = 500;

    private final EventLog events;
    private final TenantCatalog tenants;
    private final ObjectMapper json;

    public EventsEndpoint(EventLog events, TenantCatalog tenants, ObjectMapper json) {
        this.events = events;
        this.tenants = tenants;
        this.json = json;
    }

    public void handle(Exchange exchange) {
        String tenant = exchange.getMessage().getHeader("tenant", String.class);
        if (!tenants.exists(tenant)) {
            JsonAnswer.error(exchange, json, 404, "no tenant named '" + tenant + "'");
            return;
        }
        int page;
        int size;
        try {
            page = Integer.parseInt(exchange.getMessage().getHeader("page", "0", String.class));
            size = Integer.parseInt(exchange.getMessage().getHeader("size", "50", String.class));
        } catch (NumberFormatException e) {
            JsonAnswer.error(exchange, json, 400, "page and size must be whole numbers");
            return;
        }
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            JsonAnswer.error(exchange, json, 400, "page must be >= 0 and size between 1 and " + MAX_SIZE);
            return;
        }
        String reason = blankToNull(exchange.getMessage().getHeader("reason", String.class));
        String sourceId = blankToNull(exchange.getMessage().getHeader("sourceId", String.class));
        List<SyncEvent> list = events.page(tenant, page, size, reason, sourceId);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("tenant", tenant);
        body.put("page", page);
        body.put("size", size);
        body.put("events", list);
        JsonAnswer.send(exchange, json, 200, body);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
