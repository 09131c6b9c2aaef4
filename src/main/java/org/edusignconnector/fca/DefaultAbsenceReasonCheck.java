package org.edusignconnector.fca;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * At start-up, the tenant's {@code defaultAbsenceReason} must be one of FCA Manager's justified
 * reasons: a typo would otherwise surface only when attendance is first sent, hours later.
 */
final class DefaultAbsenceReasonCheck {

    private static final Logger LOG = LoggerFactory.getLogger(DefaultAbsenceReasonCheck.class);

    private DefaultAbsenceReasonCheck() {
    }

    /**
     * Fails on a reason FCA Manager does not list as justified. An FCA Manager that cannot be asked
     * only warns: a source down at start-up must not keep the connector from starting.
     */
    static void check(FcaClient client, String tenant, String defaultAbsenceReason) {
        if (defaultAbsenceReason == null) {
            return;
        }
        AbsenceReasons reasons;
        try {
            reasons = AbsenceReasons.load(client);
        } catch (RuntimeException unreachable) {
            LOG.warn("tenant '{}': FCA Manager could not be asked for its absence reasons at start-up ({}); "
                    + "defaultAbsenceReason '{}' will be checked when attendance is sent", tenant, unreachable.getMessage(), defaultAbsenceReason);
            return;
        }
        if (reasons.find(defaultAbsenceReason).isEmpty()) {
            throw new IllegalArgumentException("tenant '" + tenant + "': defaultAbsenceReason '" + defaultAbsenceReason
                    + "' is not a justified absence reason of FCA Manager (justified: "
                    + reasons.all().stream().map(r -> r.id() + " " + r.label()).toList() + ")");
        }
    }
}
