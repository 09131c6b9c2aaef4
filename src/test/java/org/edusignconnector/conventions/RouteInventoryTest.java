package org.edusignconnector.conventions;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.Route;
import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.Test;

/** Every YAML file of routes/ is loaded: a route that is never loaded is never tested. */
class RouteInventoryTest {

    @Test
    void theRuntimeLoadsEverySharedRouteAndTemplate() {
        System.setProperty("ACME_EDUSIGN_API_KEY", "key");
        System.setProperty("ACME_CELCAT_API_CODE", "code");
        System.setProperty("ACME_WEBHOOK_SECRET", "secret");
        try (RuntimeHarness runtime = RuntimeHarness.create()) {
            runtime.property("test.celcat.url", "http://127.0.0.1:1/api").property("test.edusign.url", "http://127.0.0.1:1")
                    .tenantFile("acme.yaml").start();

            assertThat(runtime.context().getRoutes()).extracting(Route::getRouteId)
                    .contains("http-call", "http-attempt", "sync-run", "sync-course", "no-course-filter", "api-sync", "api-events", "acme");
            assertThat(((org.apache.camel.model.ModelCamelContext) runtime.context()).getRouteTemplateDefinitions())
                    .extracting(t -> t.getId()).contains("celcat-to-edusign");
            assertThat(runtime.context().getRoute("acme").getGroup()).isEqualTo("celcat-to-edusign");
        }
    }
}
