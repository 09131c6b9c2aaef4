package org.edusignconnector.sync;

import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.apache.camel.Exchange;

/**
 * The fire time a scheduled run answers, read from camel-quartz's headers: recorded with the run so
 * that a fire is answered once, and, on a clustered job store, recognised when Quartz fires again a
 * job whose instance died while running it.
 */
final class QuartzFireTime {

    /** The camel-quartz header carrying the fire time. */
    private static final String SCHEDULED_FIRE_TIME = "scheduledFireTime";
    /** The camel-quartz header carrying the job's data; a recovering fire finds its original fire time there. */
    private static final String JOB_DATA = "mergedJobDataMap";
    /** org.quartz.Scheduler.FAILED_JOB_ORIGINAL_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS */
    private static final String RECOVERED_FIRE_TIME = "QRTZ_FAILED_JOB_ORIG_TRIGGER_SCHEDULED_FIRETIME_IN_MILLISECONDS_AS_STRING";

    private QuartzFireTime() {
    }

    /** The fire time of camel-quartz's header, or the original one of a recovering fire; null outside a schedule. */
    static Instant scheduled(Exchange exchange) {
        Instant recovered = recovered(exchange);
        if (recovered != null) {
            return recovered;
        }
        Date fire = exchange.getMessage().getHeader(SCHEDULED_FIRE_TIME, Date.class);
        return fire == null ? null : fire.toInstant();
    }

    /** The original fire time when Quartz fires again a job its dead instance left running; else null. */
    static Instant recovered(Exchange exchange) {
        Map<?, ?> jobData = exchange.getMessage().getHeader(JOB_DATA, Map.class);
        Object millis = jobData == null ? null : jobData.get(RECOVERED_FIRE_TIME);
        if (millis == null) {
            return null;
        }
        try {
            return Instant.ofEpochMilli(Long.parseLong(millis.toString()));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
