package org.edusignconnector.badinput;

import org.edusignconnector.sim.fca.FcaSimulator;

/**
 * The "hostile-fca" FCA Manager tenant (default options) against simulated FCA Manager and
 * Edusign, run on Sunday 2026-03-22 (window Monday 23 March .. Sunday 5 April).
 */
final class HostileFca extends HostileTenant {

    static final String TENANT = "hostile-fca";
    static final String KEY = "key-hostile-fca";
    static final String PASSWORD = "hostile-fca-password";

    private static final String TENANT_YAML = """
            - templatedRoute:
                routeTemplateRef: fca-to-edusign
                routeId: hostile-fca
                parameters:
                  - name: tenant
                    value: hostile-fca
                  - name: edusignUrl
                    value: "{{test.edusign.url}}"
                  - name: edusignApiKeyEnv
                    value: HOSTILE_FCA_EDUSIGN_API_KEY
                  - name: fcaUrl
                    value: "{{test.fca.url}}"
                  - name: fcaUsername
                    value: connector
                  - name: fcaPasswordEnv
                    value: HOSTILE_FCA_PASSWORD
                  - name: fcaPageSize
                    value: "{{test.fca.pageSize:200}}"
                  - name: fcaMaxItems
                    value: "{{test.fca.maxItems:100000}}"
                  - name: groups
                    value: "{{test.fca.groups:false}}"
            """;

    final FcaSimulator fca = FcaSimulator.start(0, "connector", PASSWORD);

    HostileFca() {
        super("fca", TENANT, KEY);
        System.setProperty("HOSTILE_FCA_EDUSIGN_API_KEY", KEY);
        System.setProperty("HOSTILE_FCA_PASSWORD", PASSWORD);
        runtime.property("test.fca.url", fca.baseUrl()).property("test.edusign.url", edusign.baseUrl())
                .clock(NOW).tenantYaml("hostile-fca.yaml", TENANT_YAML);
    }

    HostileFca pageSize(int size) {
        runtime.property("test.fca.pageSize", String.valueOf(size));
        return this;
    }

    HostileFca maxItems(int max) {
        runtime.property("test.fca.maxItems", String.valueOf(max));
        return this;
    }

    HostileFca groups() {
        runtime.property("test.fca.groups", "true");
        return this;
    }

    @Override
    void closeSource() {
        fca.close();
    }
}
