package org.edusignconnector.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.Exchange;
import org.edusignconnector.doctor.DoctorReport;
import org.edusignconnector.doctor.DoctorVerdicts;
import org.edusignconnector.doctor.TenantDoctor;
import org.edusignconnector.tenant.UnknownTenantException;

/**
 * {@code GET /api/tenants/{tenant}/doctor} (admin): the doctor's read-only checks of the tenant, as JSON; the
 * verdict is kept for the overview.
 */
public class DoctorEndpoint {

    private final TenantDoctor doctor;
    private final DoctorVerdicts verdicts;
    private final ObjectMapper json;

    public DoctorEndpoint(TenantDoctor doctor, DoctorVerdicts verdicts, ObjectMapper json) {
        this.doctor = doctor;
        this.verdicts = verdicts;
        this.json = json;
    }

    public void handle(Exchange exchange) {
        String tenant = exchange.getMessage().getHeader("tenant", String.class);
        try {
            DoctorReport report = doctor.examine(tenant);
            verdicts.record(report);
            JsonAnswer.send(exchange, json, 200, java.util.Map.of("tenant", report.tenant(), "failed", report.failed(), "checks", report.checks()));
        } catch (UnknownTenantException unknown) {
            JsonAnswer.error(exchange, json, 404, "no tenant '" + tenant + "'");
        }
    }
}
