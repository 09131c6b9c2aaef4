package org.edusignconnector.sim.celcat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.edusignconnector.sim.common.SimClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Registers as CELCAT's Attendance Web Services keep them (source-apis.md §1.5): addressed by event
 * number and week, read whole, taken back whole with the changed marks flagged; the old
 * {@code PUT /Registers/{event id}} with a partial body is refused. Also through CAWS with a bearer token.
 */
class CelcatRegistersSimulatorTest {

    private static final String CODE = "s3cret";
    private static final String EVENT = "-1347128091:-662573064:1:153781:22";
    /** Event 153781, week 22 → (22 + 1) on two digits. */
    private static final String REGISTER = "/Registers/15378123";

    private CelcatSimulator sim;
    private SimClient client;

    @BeforeEach
    void start() {
        sim = CelcatSimulator.start(0, CODE);
        client = new SimClient(sim.baseUrl()).header("APICode", CODE);
        CelcatTimetable t = sim.timetable("1")
                .addStudent(9001, "E9001", "ABADIE, Léa", "lea.abadie@example.fr", null)
                .addStudent(9002, "E9002", "BLANC, Hugo", "hugo.blanc@example.fr", null)
                .addStudent(9003, "E9003", "CARON, Chloé", null, null)
                .addStudent(9009, "E9009", "OTHER, Max", null, null)
                .addGroup(77, "BTS1-A", "BTS 1 A", 9001, 9002);
        t.addEvent(CelcatEvent.builder(EVENT).start(LocalDateTime.parse("2026-03-30T09:45:00"))
                .end(LocalDateTime.parse("2026-03-30T13:00:00")).category("TD").name("LV1").groups(77).students(9003).build());
        t.addEvent(CelcatEvent.builder("ev-plain").start(LocalDateTime.parse("2026-03-30T14:00:00"))
                .end(LocalDateTime.parse("2026-03-30T15:00:00")).category("TD").name("No register").groups(77).build());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void aRegisterIsReadWholeWithEveryLearnerUnmarked() throws Exception {
        HttpResponse<String> r = client.get(REGISTER);

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode register = SimClient.json(r);
        assertThat(register.get("EventId").asLong()).isEqualTo(153781);
        assertThat(register.get("Week").asInt()).isEqualTo(22);
        assertThat(register.get("Modified").asBoolean()).isFalse();
        assertThat(register.has("ActivityId")).isTrue();
        assertThat(register.has("RegisterNotes")).isTrue();
        assertThat(register.get("StudentMarks")).extracting(m -> m.get("StudentId").asInt()).containsExactly(9001, 9002, 9003);
        assertThat(register.get("StudentMarks").get(0).get("MarkId").isNull()).isTrue();
    }

    @Test
    void unknownEventIs404AnImpossibleWeekIs500AndNoIdIs400() throws Exception {
        assertThat(client.get("/Registers/12345604").statusCode()).isEqualTo(404);
        assertThat(client.get("/Registers/15378122").statusCode()).as("event 153781 has no register in week 21").isEqualTo(404);
        assertThat(client.get("/Registers/12345674").statusCode()).as("week 73").isEqualTo(500);
        assertThat(client.get("/Registers").statusCode()).isEqualTo(400);
        assertThat(client.get("/Registers/" + encode(EVENT)).statusCode()).isEqualTo(500);
    }

    @Test
    void theChangedMarksFlaggedModifiedAreStoredAndTheSamePutTwiceChangesNothing() throws Exception {
        ObjectNode register = (ObjectNode) SimClient.json(client.get(REGISTER));
        set(register, 9001, 1, 0, null);
        set(register, 9003, 3, 10, "bus");
        ((ObjectNode) register.get("StudentMarks").get(1)).put("MarkId", 2); // not flagged: not taken
        register.put("Modified", true);

        HttpResponse<String> first = client.put(REGISTER, register.toString());
        HttpResponse<String> again = client.put(REGISTER, register.toString());

        assertThat(first.statusCode()).isEqualTo(200);
        JsonNode stored = SimClient.json(first);
        assertThat(mark(stored, 9001).get("MarkId").asInt()).isEqualTo(1);
        assertThat(mark(stored, 9002).get("MarkId").isNull()).as("a mark not flagged Modified is not taken").isTrue();
        assertThat(mark(stored, 9003).get("MinsLate").asInt()).isEqualTo(10);
        assertThat(mark(stored, 9003).get("Comments").asText()).isEqualTo("bus");
        assertThat(again.statusCode()).isEqualTo(200);
        CelcatTimetable t = sim.timetable("1");
        assertThat(t.registerWrites()).containsExactly(EVENT, EVENT);
        assertThat(t.registerChanges()).as("the identical PUT changes nothing").containsExactly(EVENT);
        assertThat(t.registers().get(EVENT).toString()).isEqualTo(stored.toString());
        assertThat(client.get(REGISTER).body()).as("GET answers what is stored").isEqualTo(stored.toString());
    }

    @Test
    void theOldFormIsRefused() throws Exception {
        String partial = "{\"EventId\":\"" + EVENT + "\",\"StudentMarks\":[{\"StudentId\":9001,\"MarkId\":1,\"MinsLate\":0,\"Comments\":null}]}";

        assertThat(client.put("/Registers/" + encode(EVENT), partial).statusCode()).as("an event id is not a register id").isEqualTo(500);
        assertThat(client.put(REGISTER, partial).statusCode()).as("a partial body").isEqualTo(400);
        assertThat(sim.timetable("1").registerWrites()).isEmpty();
    }

    @Test
    void aPutRefusesWhatCawsRefuses() throws Exception {
        assertThat(client.put("/Registers/12345604", whole(m -> { })).statusCode()).as("not a register").isEqualTo(500);
        assertRefused(whole(r -> r.put("Week", 3)), "Week");
        assertRefused(whole(r -> set(r, 9001, 99, 0, null)), "99");
        assertRefused(whole(r -> set(r, 9001, 3, 0, null)), "MinsLate");
        assertRefused(whole(r -> ((com.fasterxml.jackson.databind.node.ArrayNode) r.get("StudentMarks")).addObject()
                .put("StudentId", 9009).put("MarkId", 1).put("MinsLate", 0).putNull("Comments").put("Modified", true)), "9009");
        assertRefused(whole(r -> r.remove("Modified")), "Modified");
        assertRefused("not json", "JSON");
        HttpResponse<String> text = client.send(client.request(REGISTER).header("Content-Type", "text/plain")
                .PUT(HttpRequest.BodyPublishers.ofString(whole(r -> { }))));
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(client.send(client.request("/Registers").POST(HttpRequest.BodyPublishers.ofString("{}"))).statusCode()).isEqualTo(405);
        assertThat(client.send(client.request(REGISTER).DELETE()).statusCode()).isEqualTo(405);
        assertThat(sim.timetable("1").registerWrites()).isEmpty();
    }

    @Test
    void aClosedRegisterIsReadableAndRefusesAPutWith409() throws Exception {
        sim.timetable("1").closeRegister(EVENT);

        HttpResponse<String> r = client.put(REGISTER, whole(m -> set(m, 9001, 2, 0, null)));

        assertThat(r.statusCode()).isEqualTo(409);
        assertThat(client.get(REGISTER).statusCode()).isEqualTo(200);
        assertThat(sim.timetable("1").registerWrites()).isEmpty();
    }

    @Test
    void cawsGrantsATokenForThePasswordAndServesRegistersBehindIt() throws Exception {
        sim.enableCaws("attendance", "pa55", 3600);
        SimClient caws = new SimClient(sim.cawsBaseUrl().substring(0, sim.cawsBaseUrl().length() - 1));

        HttpResponse<String> refused = caws.send(caws.request("/token").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=attendance&password=wrong")));
        HttpResponse<String> granted = caws.send(caws.request("/token").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=attendance&password=pa55")));
        String token = SimClient.json(granted).get("access_token").asText();

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(granted.statusCode()).isEqualTo(200);
        assertThat(SimClient.json(granted).get("expires_in").asLong()).isEqualTo(3600);
        assertThat(caws.get(REGISTER).statusCode()).as("no bearer").isEqualTo(401);
        assertThat(caws.header("APICode", CODE).get(REGISTER).statusCode()).as("the APICode is not CAWS's").isEqualTo(401);
        SimClient bearer = caws.header("Authorization", "Bearer " + token);
        assertThat(bearer.get(REGISTER).statusCode()).isEqualTo(200);
        assertThat(bearer.get("/MarkDefinitions").statusCode()).isEqualTo(200);
        assertThat(bearer.get("/Events?startDate=2026-03-30&endDate=2026-03-30").statusCode()).as("not a CAWS resource").isEqualTo(404);
        sim.expireCawsTokens();
        assertThat(bearer.get(REGISTER).statusCode()).isEqualTo(401);
        assertThat(sim.cawsTokensGranted()).isEqualTo(1);
    }

    private void assertRefused(String body, String culprit) throws Exception {
        HttpResponse<String> r = client.put(REGISTER, body);
        assertThat(r.statusCode()).as(body).isEqualTo(400);
        assertThat(SimClient.json(r).get("Message").asText()).as(body).contains(culprit);
    }

    private String whole(java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode register = (ObjectNode) SimClient.json(client.get(REGISTER));
        register.put("Modified", true);
        change.accept(register);
        return register.toString();
    }

    private static void set(ObjectNode register, int studentId, int markId, int minsLate, String comments) {
        ((ObjectNode) mark(register, studentId)).put("MarkId", markId).put("MinsLate", minsLate).put("Comments", comments)
                .put("Modified", true);
    }

    private static JsonNode mark(JsonNode register, int studentId) {
        for (JsonNode m : register.get("StudentMarks")) {
            if (m.get("StudentId").asInt() == studentId) {
                return m;
            }
        }
        throw new AssertionError("no mark for " + studentId + " in " + register);
    }

    private static String encode(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }
}
