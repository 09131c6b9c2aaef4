package org.edusignconnector.events;

/** What a trigger asks for: which tenant, which direction, whether to write, and who asked. */
public record SyncRequest(String tenant, String direction, boolean dryRun, String trigger) {

    public static final String DOWN = "down";
    public static final String UP = "up";

    public SyncRequest {
        direction = direction == null || direction.isBlank() ? DOWN : direction;
        if (!DOWN.equals(direction) && !UP.equals(direction)) {
            throw new IllegalArgumentException("direction must be 'down' or 'up', got '" + direction + "'");
        }
        trigger = trigger == null ? "api" : trigger;
    }
}
