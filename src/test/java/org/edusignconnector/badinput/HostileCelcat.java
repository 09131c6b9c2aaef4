package org.edusignconnector.badinput;

import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.celcat.CelcatTimetable;

/**
 * The "hostile" Celcat tenant (LAST_COMMA_FIRST names, timetable 1) against simulated Celcat and
 * Edusign, run on Sunday 2026-03-22 (window Monday 23 March .. Sunday 5 April).
 */
final class HostileCelcat extends HostileTenant {

    static final String TENANT = "hostile";
    static final String KEY = "key-hostile";
    static final String API_CODE = "code-hostile";

    private static final String TENANT_YAML = """
            - templatedRoute:
                routeTemplateRef: celcat-to-edusign
                routeId: hostile
                parameters:
                  - name: tenant
                    value: hostile
                  - name: edusignUrl
                    value: "{{test.edusign.url}}"
                  - name: edusignApiKeyEnv
                    value: HOSTILE_EDUSIGN_API_KEY
                  - name: celcatUrl
                    value: "{{test.celcat.url}}"
                  - name: celcatApiCodeEnv
                    value: HOSTILE_CELCAT_API_CODE
                  - name: userNameFormat
                    value: LAST_COMMA_FIRST
                  - name: celcatPageSize
                    value: "{{test.celcat.pageSize:1000}}"
                  - name: celcatMaxItems
                    value: "{{test.celcat.maxItems:100000}}"
                  - name: groups
                    value: "{{test.celcat.groups:false}}"
            """;

    final CelcatSimulator celcat = CelcatSimulator.start(0, API_CODE);

    HostileCelcat() {
        super("celcat", TENANT, KEY);
        System.setProperty("HOSTILE_EDUSIGN_API_KEY", KEY);
        System.setProperty("HOSTILE_CELCAT_API_CODE", API_CODE);
        runtime.property("test.celcat.url", celcat.baseUrl()).property("test.edusign.url", edusign.baseUrl())
                .clock(NOW).tenantYaml("hostile.yaml", TENANT_YAML);
    }

    HostileCelcat pageSize(int size) {
        runtime.property("test.celcat.pageSize", String.valueOf(size));
        return this;
    }

    HostileCelcat maxItems(int max) {
        runtime.property("test.celcat.maxItems", String.valueOf(max));
        return this;
    }

    HostileCelcat groups() {
        runtime.property("test.celcat.groups", "true");
        return this;
    }

    CelcatTimetable timetable() {
        return celcat.timetable("1");
    }

    @Override
    void closeSource() {
        celcat.close();
    }
}
