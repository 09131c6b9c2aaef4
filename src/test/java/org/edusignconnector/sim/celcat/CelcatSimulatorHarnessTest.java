package org.edusignconnector.sim.celcat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.edusignconnector.sim.common.Fault;
import org.edusignconnector.sim.common.FaultInjector;
import org.edusignconnector.sim.common.SimClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The test-side controls of the simulator: open access, faults, latency, request log, raw event bodies. */
class CelcatSimulatorHarnessTest {

    private static final String CODE = "s3cret";
    private static final String EVENTS = "/Events?startDate=2026-01-01&endDate=2026-01-01";

    private CelcatSimulator sim;
    private SimClient client;

    @BeforeEach
    void start() {
        sim = CelcatSimulator.start(0, CODE);
        client = new SimClient(sim.baseUrl()).header("APICode", CODE);
        sim.timetable("1").addRoom(12, "B101").addStudent(9001, "E9001", "ABADIE, Léa", null, null);
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void noApiCodeConfiguredAcceptsAnyCall() throws Exception {
        try (CelcatSimulator open = CelcatSimulator.start(0, null)) {
            open.timetable("1").addRoom(1, "A");
            assertThat(new SimClient(open.baseUrl()).get("/Rooms").statusCode()).isEqualTo(200);
        }
    }

    @Test
    void injectedFaultsAnswerOnTheChosenRequest() throws Exception {
        sim.setFaultInjector(FaultInjector.onRequest(2, Fault.status(503).withHeader("Retry-After", "1")));

        assertThat(client.get("/Rooms").statusCode()).isEqualTo(200);
        HttpResponse<String> second = client.get("/Rooms");
        assertThat(second.statusCode()).isEqualTo(503);
        assertThat(second.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(client.get("/Rooms").statusCode()).isEqualTo(200);

        sim.setFaultInjector((method, path, n) -> path.endsWith("/Rooms") ? Optional.of(Fault.dropConnection())
                : Optional.empty());
        assertThatThrownBy(() -> client.get("/Rooms")).isInstanceOf(IOException.class);
        // the JDK client retries a GET once on a dropped connection, so there may be two drops
        assertThat(sim.requests()).extracting(RecordedRequest::status).startsWith(200, 503, 200)
                .endsWith(0).hasSizeBetween(4, 5);
    }

    @Test
    void latencyDelaysTheAnswer() throws Exception {
        sim.setLatencyMillis(60);
        long started = System.nanoTime();

        client.get("/Rooms");

        assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(60);
    }

    @Test
    void requestsAreRecordedAndCanBeCleared() throws Exception {
        client.get("/Students?page=0&pageSize=2");

        assertThat(sim.requests()).containsExactly(
                new RecordedRequest("GET", "/api/Students", "page=0&pageSize=2", "1", "", 200));
        sim.clearRequests();
        assertThat(sim.requests()).isEmpty();
    }

    @Test
    void rawEventsOverrideIsServedAsIs() throws Exception {
        sim.timetable("1").setRawEventsOverride("[{\"id\":42,\"start\":\"garbage\"}]");

        HttpResponse<String> r = client.get(EVENTS);

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("[{\"id\":42,\"start\":\"garbage\"}]");
        sim.timetable("1").setRawEventsOverride(null);
        assertThat(client.get(EVENTS).statusCode()).isEqualTo(404);
    }
}
