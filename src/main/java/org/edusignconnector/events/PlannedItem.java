package org.edusignconnector.events;

/** One line of a dry run's plan: what the run would do to an item, or why it would skip it. */
public record PlannedItem(String kind, String sourceId, String reason, String message) {
}
