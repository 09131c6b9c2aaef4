package org.edusignconnector.tenant;

/**
 * The vendor's rhythm: one run between 11:00 and 13:00 and one between 18:00 and 21:00, Paris time.
 * Each tenant gets its own minute and hours from its name, so that tenants do not all start at once.
 */
public final class DefaultSchedule {

    private DefaultSchedule() {
    }

    public static String cronFor(String tenant) {
        int hash = Math.floorMod(tenant.hashCode(), 60 * 2 * 3);
        int minute = hash % 60;
        int midday = 11 + (hash / 60) % 2;
        int evening = 18 + (hash / 120) % 3;
        return "0 " + minute + " " + midday + "," + evening + " * * ?";
    }
}
