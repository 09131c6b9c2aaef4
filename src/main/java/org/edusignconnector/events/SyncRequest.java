package org.edusignconnector.events;

/** What a trigger asks for: which tenant, which direction, whether to write, and who asked. */
public record SyncRequest(String tenant, String direction, boolean dryRun, String trigger,
                          java.time.LocalDate resendFrom, java.time.LocalDate resendTo, String sheetId) {

    public static final String DOWN = "down";
    public static final String UP = "up";
    /** The trigger of a down run that an operator started to confirm deletions held by the guard. */
    public static final String DELETION_CONFIRMATION = "confirmation";

    public SyncRequest {
        direction = direction == null || direction.isBlank() ? DOWN : direction;
        if (!DOWN.equals(direction) && !UP.equals(direction)) {
            throw new IllegalArgumentException("direction must be 'down' or 'up', got '" + direction + "'");
        }
        trigger = trigger == null ? "api" : trigger;
        if ((resendFrom == null) != (resendTo == null)) {
            throw new IllegalArgumentException("a resend needs both resendFrom and resendTo");
        }
        if (resendFrom != null && resendTo.isBefore(resendFrom)) {
            throw new IllegalArgumentException("resendTo " + resendTo + " is before resendFrom " + resendFrom);
        }
        if ((resendFrom != null || sheetId != null) && !UP.equals(direction)) {
            throw new IllegalArgumentException("resending attendance and single sheets go with direction=up");
        }
    }

    public SyncRequest(String tenant, String direction, boolean dryRun, String trigger) {
        this(tenant, direction, dryRun, trigger, null, null, null);
    }

    public boolean confirmsDeletions() {
        return DELETION_CONFIRMATION.equals(trigger);
    }

    public boolean resend() {
        return resendFrom != null;
    }
}
