package org.edusignconnector.flow;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.edusignconnector.sim.celcat.CelcatSimulator;
import org.edusignconnector.sim.celcat.CelcatTimetable;
import org.edusignconnector.sim.edusign.EdusignSimulator;
import org.edusignconnector.sim.edusign.RecordedRequest;
import org.edusignconnector.sim.edusign.SchoolState;
import org.edusignconnector.testing.RuntimeHarness;

/** The "acme" tenant of src/test/resources/tenants/acme.yaml, its two simulators and the runtime. */
final class AcmeFixture implements AutoCloseable {

    static final String KEY = "key-acme";
    static final String API_CODE = "code-acme";
    static final String WEBHOOK_SECRET = "acme-client-secret";

    final EdusignSimulator edusign = EdusignSimulator.start(0);
    final CelcatSimulator celcat = CelcatSimulator.start(0, API_CODE);
    final RuntimeHarness runtime = RuntimeHarness.create();

    AcmeFixture() {
        System.setProperty("ACME_EDUSIGN_API_KEY", KEY);
        System.setProperty("ACME_CELCAT_API_CODE", API_CODE);
        System.setProperty("ACME_WEBHOOK_SECRET", WEBHOOK_SECRET);
        edusign.addSchool(KEY);
        CelcatSchool.populate(timetable());
        configure(runtime);
    }

    /** Another runtime for the same tenant and simulators, on a database of its own (a restore, a moved server). */
    RuntimeHarness newRuntime() {
        return configure(RuntimeHarness.create());
    }

    private RuntimeHarness configure(RuntimeHarness harness) {
        return harness.property("test.celcat.url", celcat.baseUrl()).property("test.edusign.url", edusign.baseUrl())
                .clock(CelcatSchool.NOW).tenantFile("acme.yaml");
    }

    /** The fixture with v3's HEAVY class out of the way (simulator and runtime), for tests that are not about its pace. */
    static AcmeFixture withoutHeavyPace() {
        AcmeFixture acme = new AcmeFixture();
        acme.edusign.setHeavySlowDown(Integer.MAX_VALUE, 0);
        acme.runtime.property("connector.edusign.heavy-rate-per-minute", "6000");
        return acme;
    }

    /**
     * {@code harness} with the tenant file {@code tenantFile} of src/test/resources/tenants (acme's parameters last),
     * its tenant on {@code edusignApi: api}; on v3-batch, v3 is the same simulated school's.
     */
    static RuntimeHarness onApi(RuntimeHarness harness, String api, String tenantFile) {
        try {
            String yaml = Files.readString(Path.of("src/test/resources/tenants", tenantFile));
            return harness.tenantYaml("acme.yaml", yaml + "      - name: edusignApi\n        value: " + api + "\n"
                    + "      - name: edusignV3Url\n        value: \"{{test.edusign.url}}\"\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    CelcatTimetable timetable() {
        return celcat.timetable("1");
    }

    SchoolState school() {
        return edusign.school(KEY);
    }

    List<RecordedRequest> writes() {
        return edusign.requests(KEY).stream().filter(RecordedRequest::isWrite).toList();
    }

    List<RecordedRequest> requests(String method, String pathPrefix) {
        Predicate<RecordedRequest> match = r -> r.method().equals(method) && r.path().startsWith(pathPrefix);
        return edusign.requests(KEY).stream().filter(match).toList();
    }

    @Override
    public void close() {
        runtime.close();
        celcat.close();
        edusign.close();
    }
}
