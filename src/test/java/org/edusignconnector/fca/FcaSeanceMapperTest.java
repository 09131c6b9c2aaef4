package org.edusignconnector.fca;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.course.SourceGroup;
import org.edusignconnector.course.SourceListing;
import org.edusignconnector.course.SourcePerson;
import org.edusignconnector.course.SourceSnapshot;
import org.edusignconnector.course.SyncWindow;
import org.junit.jupiter.api.Test;

/**
 * FCA Manager séances as courses: what Edusign will be sent for a séance (name, room, times on
 * Paris's clock, instructors, learners of the action, groups), and what becomes a recorded problem.
 */
class FcaSeanceMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final FcaOptions DEFAULTS = new FcaOptions(List.of(), false, false);

    private final List<String> actionsAsked = new ArrayList<>();

    private static JsonNode json(String literal) {
        try {
            return JSON.readTree(literal);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(literal, e);
        }
    }

    private static SourcePerson learner(String id) {
        return FcaJson.person(SourcePerson.Role.LEARNER, "apprenant:" + id,
                json("{\"nom\":\"Nom" + id + "\",\"prenom\":\"P\",\"email\":\"a" + id + "@school.fr\"}"), null);
    }

    private static final Map<String, List<FcaRegistrations.Registration>> REGISTRATIONS = Map.of("ACN1", List.of(
            new FcaRegistrations.Registration(learner("1"), "CONFIRMEE", "G1", false),
            new FcaRegistrations.Registration(learner("2"), "NON_CONFIRMEE", "G1", false),
            new FcaRegistrations.Registration(learner("3"), "ANNULEE", null, false),
            new FcaRegistrations.Registration(learner("1"), "CONFIRMEE", null, false)));

    private SourceSnapshot map(FcaOptions options, String... seances) {
        List<JsonNode> items = new ArrayList<>();
        for (String s : seances) {
            items.add(json(s));
        }
        return FcaSeanceMapper.snapshot(new SourceListing.Result(items, List.of(), true), options, action -> {
            actionsAsked.add(action);
            return REGISTRATIONS.getOrDefault(action, List.of());
        });
    }

    private static final String SEANCE = """
            {"id":"S1","intitule":"Anglais","salle":"B12","dateDebut":"2026-03-02T09:00:00Z","dateFin":"2026-03-02T11:00:00Z",
             "action":{"codRefComAcn":"ACN1","libAcn":"BTS MCO"},"activite":{"codRefComAcv":"ACV9"},
             "enseignement":{"libEns":"Langues","formateurs":[{"id":"T2","nom":"Prof","prenom":"Deux","email":"t2@school.fr"}]},
             "formateurs":[{"id":"T1","nom":"Prof","prenom":"Un","email":"t1@school.fr"},{"id":"T1"}],
             "groupes":[{"id":"G1","libelle":"Groupe A"},{"id":"G2","libelle":"Groupe B"}]}""";

    @Test
    void aSeanceBecomesTheCourseEdusignIsSent() {
        SourceSnapshot snapshot = map(DEFAULTS, SEANCE);

        assertThat(snapshot.problems()).isEmpty();
        assertThat(snapshot.complete()).isTrue();
        SourceCourse c = snapshot.courses().get(0);
        assertThat(c.getDataProblem()).isNull();
        assertThat(c.getSourceKey()).isEqualTo("S1");
        assertThat(c.getName()).isEqualTo("Anglais");
        assertThat(c.getRoom()).isEqualTo("B12");
        assertThat(c.getCategory()).isEqualTo("BTS MCO");
        assertThat(c.getActivity()).isEqualTo("ACV9");
        assertThat(c.getStart()).isEqualTo(ZonedDateTime.of(2026, 3, 2, 10, 0, 0, 0, SyncWindow.PARIS));
        assertThat(c.getEnd()).isEqualTo(ZonedDateTime.of(2026, 3, 2, 12, 0, 0, 0, SyncWindow.PARIS));
        assertThat(c.getInstructors()).extracting(SourcePerson::sourceKey).as("once each").containsExactly("formateur:T1");
        assertThat(c.getLearners()).extracting(SourcePerson::sourceKey).as("confirmed only, once each").containsExactly("apprenant:1");
        assertThat(c.getGroups()).extracting(SourceGroup::sourceKey, SourceGroup::name, SourceGroup::learnerKeys).containsExactly(
                tuple("groupe:G1", "Groupe A", List.of("apprenant:1")),
                tuple("groupe:G2", "Groupe B", List.of()));
    }

    @Test
    void optionsBringUnconfirmedLearnersAndTheTeachingsTrainers() {
        String noTrainer = SEANCE.replace("\"formateurs\":[{\"id\":\"T1\",\"nom\":\"Prof\",\"prenom\":\"Un\",\"email\":\"t1@school.fr\"},{\"id\":\"T1\"}]",
                "\"formateurs\":[]").replace("\"intitule\":\"Anglais\",", "");

        SourceCourse c = map(new FcaOptions(List.of(), true, true), noTrainer).courses().get(0);

        assertThat(c.getName()).as("the teaching's label when the séance has none").isEqualTo("Langues");
        assertThat(c.getInstructors()).extracting(SourcePerson::sourceKey).containsExactly("formateur:T2");
        assertThat(c.getLearners()).extracting(SourcePerson::sourceKey).containsExactly("apprenant:1", "apprenant:2");
        assertThat(map(DEFAULTS, noTrainer).courses().get(0).getInstructors()).as("without the option").isEmpty();
    }

    @Test
    void anUnreadableSeanceIsACourseWithItsProblemAndItsActionIsNotAsked() {
        SourceCourse c = map(DEFAULTS, SEANCE.replace("2026-03-02T09:00:00Z", "lundi")).courses().get(0);

        assertThat(c.getDataProblem()).isEqualTo("dateDebut 'lundi' is not a date-time with an offset");
        assertThat(c.getStart()).as("a start all the same, to be recorded").isNotNull();
        assertThat(actionsAsked).isEmpty();
    }

    @Test
    void anEndNotAfterTheStartIsTheCoursesProblem() {
        SourceCourse c = map(DEFAULTS, SEANCE.replace("2026-03-02T11:00:00Z", "2026-03-02T09:00:00Z")).courses().get(0);

        assertThat(c.getDataProblem()).isEqualTo("end 2026-03-02T10:00+01:00 is not after start 2026-03-02T10:00+01:00");
    }

    @Test
    void aSeanceWithoutIdIsAProblemAndAnInvisibleGroupLabelIsNamedAndRecordedOnce() {
        String invisible = SEANCE.replace("\"libelle\":\"Groupe A\"", "\"libelle\":\"\\u200B\"");

        SourceSnapshot snapshot = map(DEFAULTS, invisible, invisible.replace("\"S1\"", "\"S2\""), "{\"intitule\":\"sans id\"}");

        assertThat(snapshot.courses()).extracting(SourceCourse::getSourceKey).containsExactly("S1", "S2");
        assertThat(snapshot.courses().get(1).getGroups().get(0).name()).isEqualTo("Groupe G1");
        assertThat(snapshot.problems()).extracting(SourceSnapshot.SourceProblem::sourceId).containsExactly("groupe:G1", "séance #2");
        assertThat(snapshot.problems().get(1).reason()).isEqualTo(ReasonCode.INVALID_COURSE_DATA);
        assertThat(actionsAsked).as("every séance asks; the cache is the reader's").containsExactly("ACN1", "ACN1");
    }
}
