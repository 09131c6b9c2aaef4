package org.edusignconnector.events;

import java.time.Instant;

/** One line of a tenant's event log: a run boundary, or an item skipped, failed, deleted or adopted. */
public record SyncEvent(long id, String tenant, String runId, Instant occurredAt, String kind, String sourceId,
                        String reason, String message) {
}
