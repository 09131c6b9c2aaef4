package org.edusignconnector.runtime;

import org.apache.camel.main.BaseMainSupport;
import org.apache.camel.main.Main;
import org.apache.camel.main.MainListenerSupport;
import org.edusignconnector.doctor.DoctorReport;
import org.edusignconnector.doctor.DoctorVerdicts;
import org.edusignconnector.doctor.TenantDoctor;
import org.edusignconnector.tenant.UnknownTenantException;

/**
 * {@code --doctor TENANT}: starts the runtime without its schedule, runs the tenant's read-only checks, prints
 * them and exits: 0 when every check is PASS or WARN, 1 when one FAILs, 2 on a usage or start-up error
 * (an unknown tenant included).
 */
final class DoctorCommand {

    private DoctorCommand() {
    }

    static int run(RuntimeOptions options) {
        Main main = ConnectorMain.create(options);
        int[] exit = {2};
        main.addMainListener(new MainListenerSupport() {
            @Override
            public void afterStart(BaseMainSupport m) {
                exit[0] = examine(m, options.doctorTenant());
                main.completed();
            }
        });
        try {
            main.run();
        } catch (Exception e) {
            System.err.println("the runtime could not start: " + e.getMessage());
            return 2;
        }
        return exit[0];
    }

    private static int examine(BaseMainSupport main, String tenant) {
        TenantDoctor doctor = main.getCamelContext().getRegistry().lookupByNameAndType("tenantDoctor", TenantDoctor.class);
        try {
            DoctorReport report = doctor.examine(tenant);
            // The overview of the running instances shows this verdict too.
            main.getCamelContext().getRegistry().lookupByNameAndType("doctorVerdicts", DoctorVerdicts.class).record(report);
            System.out.print(report.asText());
            return report.exitCode();
        } catch (UnknownTenantException unknown) {
            System.err.println("no tenant '" + tenant + "' in this configuration\n" + RuntimeOptions.usage());
            return 2;
        }
    }
}
