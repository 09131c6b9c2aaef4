package org.edusignconnector.sim.celcat;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.stream.IntStream;
import org.edusignconnector.sim.common.SimClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The simulator refuses what the Celcat WebAPI contract refuses and serves the contract's shapes. */
class CelcatSimulatorTest {

    private static final String CODE = "s3cret";
    private static final String EVENT = "-1347128091:-662573064:1:153781:22";

    private CelcatSimulator sim;
    private SimClient client;

    @BeforeEach
    void start() {
        sim = CelcatSimulator.start(0, CODE);
        client = new SimClient(sim.baseUrl()).header("APICode", CODE);
        CelcatTimetable t = sim.timetable("1")
                .addStaff(501, "MDUPONT", "DUPONT, Marie", "marie.dupont@example.fr")
                .addStudent(9001, "E9001", "ABADIE, Léa", "lea.abadie@example.fr", null)
                .addStudent(9002, "E9002", "BLANC, Hugo", "hugo.blanc@example.fr", "+33612345678")
                .addStudent(9003, "E9003", "CARON, Chloé", null, null)
                .addGroup(77, "BTS1-A", "BTS 1 A", 9001, 9002)
                .addGroup(78, "EMPTY", "Empty group")
                .addRoom(12, "PAU E101 LABO DE LANGUES 49p");
        t.addEvent(CelcatEvent.builder(EVENT).start(LocalDateTime.parse("2026-03-30T09:45:00"))
                .end(LocalDateTime.parse("2026-03-30T13:00:00")).category("TD").department("D : CY TECH")
                .sites("EISTI", "EISTI").modules("DIALVU2D").name("LV1 / TOEIC").rooms(12).staff(501).groups(77)
                .students(9003).lastModified(LocalDateTime.parse("2026-03-20T17:02:11")).build());
    }

    @AfterEach
    void stop() {
        sim.close();
    }

    @Test
    void missingOrWrongApiCodeIs401() throws Exception {
        HttpResponse<String> wrong = client.header("APICode", "nope").get("/Staff");
        HttpResponse<String> missing = new SimClient(sim.baseUrl()).get("/Staff");

        for (HttpResponse<String> r : java.util.List.of(wrong, missing)) {
            assertThat(r.statusCode()).isEqualTo(401);
            assertThat(SimClient.json(r).get("Message").asText())
                    .isEqualTo("Authorization has been denied for this request.");
        }
        assertThat(client.get("/Staff").statusCode()).isEqualTo(200);
    }

    @Test
    void theRequestSpanRunsFromTheFirstRequestToTheLastSinceTheLastClear() throws Exception {
        assertThat(sim.requestSpan()).isZero();
        long before = System.nanoTime();
        client.get("/Staff");
        client.get("/Staff");
        long after = System.nanoTime();

        assertThat(sim.requestSpan()).isPositive().isLessThanOrEqualTo(java.time.Duration.ofNanos(after - before));
        sim.clearRequests();
        client.get("/Staff");
        assertThat(sim.requestSpan()).isZero();
    }

    @Test
    void aCappedListServesFewerRowsThanAskedAndAnnouncesThePagesAsIfItDidNot() throws Exception {
        CelcatTimetable t = sim.timetable("9");
        IntStream.rangeClosed(1, 5).forEach(i -> t.addStudent(i, "E" + i, "NOM" + i + ", Prenom", null, null));
        t.lists().capPages(2);
        SimClient c = client.header("TimetableId", "9");

        HttpResponse<String> first = c.get("/Students?page=0&pageSize=4");

        assertThat(SimClient.json(first)).extracting(r -> r.get("id").asInt()).containsExactly(1, 2);
        assertThat(first.headers().firstValue("Pagination")).hasValue("{\"TotalRows\":5,\"TotalPages\":2,\"CurrentPage\":0}");
        assertThat(SimClient.json(c.get("/Students?page=2&pageSize=4"))).extracting(r -> r.get("id").asInt()).containsExactly(5);
        assertThat(c.get("/Students?page=3&pageSize=4").statusCode()).isEqualTo(404);
    }

    @Test
    void aListThatIgnoresPageAnswersItsFirstPageAgain() throws Exception {
        CelcatTimetable t = sim.timetable("9");
        IntStream.rangeClosed(1, 3).forEach(i -> t.addStudent(i, "E" + i, "NOM" + i + ", Prenom", null, null));
        t.lists().ignorePage();

        assertThat(SimClient.json(client.header("TimetableId", "9").get("/Students?page=7&pageSize=2")))
                .extracting(r -> r.get("id").asInt()).containsExactly(1, 2);
    }

    @Test
    void eventsNameTheirRoomsUnlessRoomsAreGivenByIdOnly() throws Exception {
        String window = "/Events?startDate=2026-03-30&endDate=2026-03-30";
        assertThat(SimClient.json(client.get(window)).get(0).get("rooms").get(0).get("name").asText()).isEqualTo("PAU E101 LABO DE LANGUES 49p");

        sim.timetable("1").lists().roomsByIdOnly();

        JsonNode room = SimClient.json(client.get(window)).get(0).get("rooms").get(0);
        assertThat(room.get("id").asInt()).isEqualTo(12);
        assertThat(room.has("name")).isFalse();
    }

    @Test
    void listsArePagedWithPaginationHeader() throws Exception {
        CelcatTimetable t = sim.timetable("9");
        IntStream.rangeClosed(1, 250).forEach(i -> t.addStudent(i, "E" + i, "NOM" + i + ", Prenom", null, null));
        SimClient c = client.header("TimetableId", "9");

        HttpResponse<String> first = c.get("/Students?page=0&pageSize=100");
        HttpResponse<String> last = c.get("/Students?page=2&pageSize=100");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(SimClient.json(first)).hasSize(100);
        assertThat(SimClient.json(first).get(0).get("id").asInt()).isEqualTo(1);
        assertThat(first.headers().firstValue("Pagination"))
                .hasValue("{\"TotalRows\":250,\"TotalPages\":3,\"CurrentPage\":0}");
        assertThat(SimClient.json(last)).hasSize(50);
        assertThat(SimClient.json(last).get(49).get("id").asInt()).isEqualTo(250);
        assertThat(last.headers().firstValue("Pagination"))
                .hasValue("{\"TotalRows\":250,\"TotalPages\":3,\"CurrentPage\":2}");
        assertThat(c.get("/Students?page=3&pageSize=100").statusCode()).isEqualTo(404);
        assertThat(SimClient.json(c.get("/Students"))).hasSize(100);
    }

    @Test
    void pageSizeOutsideOneToThousandIs400() throws Exception {
        for (String q : new String[] {"pageSize=1001", "pageSize=0", "pageSize=abc"}) {
            HttpResponse<String> r = client.get("/Students?" + q);
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            assertThat(SimClient.json(r).get("Message").asText()).isEqualTo("pageSize must be between 1 and 1000");
        }
        assertThat(client.get("/Students?page=-1").statusCode()).isEqualTo(400);
        assertThat(client.get("/Students?pageSize=1000").statusCode()).isEqualTo(200);
    }

    @Test
    void eventsQueryWithNoResultIs404() throws Exception {
        HttpResponse<String> r = client.get("/Events?startDate=2026-04-01&endDate=2026-04-30");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.body()).isEmpty();
    }

    @Test
    void eventsQueryNeedsTwoWellFormedDates() throws Exception {
        for (String q : new String[] {"startDate=2026-03-30", "endDate=2026-03-30",
            "startDate=30/03/2026&endDate=2026-03-30", "startDate=2026-03-30T00:00:00&endDate=2026-03-30",
            "startDate=2026-02-30&endDate=2026-03-30", "startDate=2026-03-31&endDate=2026-03-30"}) {
            HttpResponse<String> r = client.get("/Events?" + q);
            assertThat(r.statusCode()).as(q).isEqualTo(400);
            assertThat(SimClient.json(r).get("Message").asText()).as(q).isNotBlank();
        }
    }

    @Test
    void eventJsonHasLocalTimesAndOpaqueId() throws Exception {
        HttpResponse<String> r = client.get("/Events?startDate=2026-03-30&endDate=2026-03-30");

        assertThat(r.statusCode()).isEqualTo(200);
        JsonNode e = SimClient.json(r).get(0);
        assertThat(e.get("id").isTextual()).isTrue();
        assertThat(e.get("id").asText()).isEqualTo(EVENT);
        assertThat(e.get("start").asText()).isEqualTo("2026-03-30T09:45:00");
        assertThat(e.get("end").asText()).isEqualTo("2026-03-30T13:00:00");
        assertThat(e.get("lastModified").asText()).isEqualTo("2026-03-20T17:02:11");
        assertThat(e.get("allDay").asBoolean()).isFalse();
        assertThat(e.get("eventCategory").asText()).isEqualTo("TD");
        assertThat(e.get("department").asText()).isEqualTo("D : CY TECH");
        assertThat(e.get("sites").toString()).isEqualTo("[\"EISTI\",\"EISTI\"]");
        assertThat(e.get("modules").toString()).isEqualTo("[\"DIALVU2D\"]");
        assertThat(e.get("name").asText()).isEqualTo("LV1 / TOEIC");
        assertThat(e.get("rooms").toString()).isEqualTo("[{\"id\":12,\"name\":\"PAU E101 LABO DE LANGUES 49p\"}]");
        assertThat(e.get("staff").toString()).isEqualTo("[{\"id\":501}]");
        assertThat(e.get("groups").toString()).isEqualTo("[{\"id\":77}]");
        assertThat(e.get("students").toString()).isEqualTo("[{\"id\":9003}]");
        assertThat(e.get("registerStatus").asInt()).isZero();
        assertThat(e.get("studentMark").asInt()).isZero();
        assertThat(e.get("faculty").isNull()).isTrue();
        assertThat(e.get("custom1").isNull() && e.get("custom2").isNull() && e.get("custom3").isNull()).isTrue();
        assertThat(e.get("backgroundColor").asText()).startsWith("#");
        assertThat(e.get("textColor").asText()).startsWith("#");
    }

    @Test
    void eventsTouchingTheDaysComeSortedByStartThenId() throws Exception {
        CelcatTimetable t = sim.timetable("1");
        t.addEvent(CelcatEvent.builder("b").start(LocalDateTime.parse("2026-03-31T08:00:00"))
                .end(LocalDateTime.parse("2026-03-31T09:00:00")).category("CM").build());
        t.addEvent(CelcatEvent.builder("a").start(LocalDateTime.parse("2026-03-31T08:00:00"))
                .end(LocalDateTime.parse("2026-03-31T09:00:00")).category("CM").build());
        t.addEvent(CelcatEvent.builder("holiday").start(LocalDateTime.parse("2026-04-01T00:00:00"))
                .allDay(true).category("Vacances").nullModules().build());

        JsonNode days = SimClient.json(client.get("/Events?startDate=2026-03-30&endDate=2026-04-01"));
        JsonNode lastDay = SimClient.json(client.get("/Events?startDate=2026-04-01&endDate=2026-04-01"));

        assertThat(days).extracting(e -> e.get("id").asText()).containsExactly(EVENT, "a", "b", "holiday");
        assertThat(lastDay.get(0).get("end").isNull()).isTrue();
        assertThat(lastDay.get(0).get("modules").isNull()).isTrue();
        assertThat(client.get("/Events?startDate=2026-04-02&endDate=2026-04-02").statusCode()).isEqualTo(404);
    }

    @Test
    void studentMembershipListsMembersOfAGroup() throws Exception {
        HttpResponse<String> r = client.get("/student-membership?groupId=77");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("[{\"studentId\":9001,\"groupId\":77},{\"studentId\":9002,\"groupId\":77}]");
        assertThat(r.headers().firstValue("Pagination")).isPresent();
        assertThat(client.get("/student-membership?groupId=78").statusCode()).isEqualTo(404);
        assertThat(client.get("/student-membership?groupId=999").statusCode()).isEqualTo(404);
        assertThat(client.get("/student-membership").statusCode()).isEqualTo(400);
    }

    @Test
    void timetableIdHeaderSelectsTheData() throws Exception {
        sim.timetable("2").addRoom(99, "OTHER ROOM");

        JsonNode defaultRooms = SimClient.json(client.get("/Rooms"));
        JsonNode secondRooms = SimClient.json(client.header("TimetableId", "2").get("/Rooms"));

        assertThat(defaultRooms).extracting(r -> r.get("name").asText()).containsExactly("PAU E101 LABO DE LANGUES 49p");
        assertThat(secondRooms).extracting(r -> r.get("name").asText()).containsExactly("OTHER ROOM");
        assertThat(client.header("TimetableId", "2").get("/Events?startDate=2026-03-30&endDate=2026-03-30")
                .statusCode()).isEqualTo(404);
        HttpResponse<String> unknown = client.header("TimetableId", "3").get("/Rooms");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).isEmpty();
        assertThat(sim.requests()).extracting(RecordedRequest::timetableId).containsExactly("1", "2", "2", "3");
    }

    @Test
    void markDefinitionsAndEventCategoriesHaveTheirShapes() throws Exception {
        assertThat(client.get("/MarkDefinitions").body()).isEqualTo("["
                + "{\"Id\":1,\"Abbreviation\":\"P\",\"Name\":\"Present\",\"Definition\":\"P\"},"
                + "{\"Id\":2,\"Abbreviation\":\"A\",\"Name\":\"Absent\",\"Definition\":\"A\"},"
                + "{\"Id\":3,\"Abbreviation\":\"L\",\"Name\":\"Late\",\"Definition\":\"L\"}]");
        assertThat(client.get("/EventCategories").body()).isEqualTo("[{\"id\":1,\"name\":\"TD\"}]");
        assertThat(client.get("/Staff").body()).isEqualTo("[{\"id\":501,\"uniqueName\":\"MDUPONT\","
                + "\"name\":\"DUPONT, Marie\",\"email\":\"marie.dupont@example.fr\"}]");
        assertThat(SimClient.json(client.get("/Students")).get(0).has("mobile")).isTrue();
    }

    @Test
    void anythingElseIs404() throws Exception {
        assertThat(client.get("/events?startDate=2026-03-30&endDate=2026-03-30").statusCode()).isEqualTo(404);
        assertThat(client.put("/Staff", "{}").statusCode()).isEqualTo(404);
        assertThat(client.get("/Nothing").statusCode()).isEqualTo(404);
    }
}
