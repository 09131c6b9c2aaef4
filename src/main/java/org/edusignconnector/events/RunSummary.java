package org.edusignconnector.events;

import java.time.Instant;
import java.util.Map;

/**
 * The JSON answer of a run: counts by outcome and reason, Edusign requests by type and by outcome
 * (success, business_error, transient, breaker_open, fatal), status; a dry run's plan.
 */
public record RunSummary(String runId, String tenant, String direction, String trigger, boolean dryRun, String status,
                         Instant startedAt, Instant endedAt, Map<String, Long> counts, Map<String, Long> edusignRequests,
                         Map<String, Long> edusignOutcomes, int coursesListed, int coursesDone, String message,
                         java.util.List<PlannedItem> plan) {
}
