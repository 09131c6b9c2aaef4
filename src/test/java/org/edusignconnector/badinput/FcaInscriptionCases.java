package org.edusignconnector.badinput;

import static org.edusignconnector.badinput.Expect.sent;
import static org.edusignconnector.badinput.Expect.skipped;
import static org.edusignconnector.testing.HostileValues.HUGE;
import static org.edusignconnector.testing.HostileValues.NO_BREAK_SPACE;
import static org.edusignconnector.testing.HostileValues.SCRIPT;

import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.sim.common.Fault;

/**
 * Hostile FCA Manager registrations (/actions/{ref}/inscriptions). Each case has its own action
 * and séance; the action's registrations are Alice's (confirmed) plus the hostile record, so the
 * séance still goes to Edusign with Alice and the hostile registration is recorded, naming it.
 */
final class FcaInscriptionCases {

    static final List<BadCase<Fault>> CASES = build();

    private FcaInscriptionCases() {
    }

    static String action(String slug) {
        return "ACT-" + slug;
    }

    static String seance(String slug) {
        return "S-I-" + slug;
    }

    static ObjectNode alice() {
        return registration("A-1", "Durand", "Alice", "alice.durand@etu.example", "CONFIRMEE");
    }

    static ObjectNode registration(String id, String nom, String prenom, String email, String statut) {
        ObjectNode r = Json.object();
        r.putObject("apprenant").put("id", id).put("nom", nom).put("prenom", prenom).put("email", email).putNull("telephone");
        return r.put("statut", statut).putNull("groupeId");
    }

    private static List<BadCase<Fault>> build() {
        Catalog<Fault> c = new Catalog<>("fca registration");
        unusable(c, "learner-null", "a registration whose apprenant is null", Json.parse("{\"apprenant\":null,\"statut\":\"CONFIRMEE\"}"));
        unusable(c, "learner-missing", "a registration without apprenant", Json.parse("{\"statut\":\"CONFIRMEE\",\"groupeId\":null}"));
        unusable(c, "learner-id-null", "an apprenant whose id is null", registration(null, "Nul", "Id", "nul.id@etu.example", "CONFIRMEE"));
        unusable(c, "learner-id-object", "an apprenant whose id is an object",
                with(registration("x", "Objet", "Id", "objet.id@etu.example", "CONFIRMEE"), r -> ((ObjectNode) r.get("apprenant")).set("id", Json.parse("{\"v\":1}"))));
        unusable(c, "learner-string", "an apprenant written as a bare id", Json.parse("{\"apprenant\":\"A-2\",\"statut\":\"CONFIRMEE\"}"));
        unusable(c, "registration-number", "a registration that is a number", Json.parse("42"));
        unusable(c, "registration-null", "a registration that is null", Json.parse("null"));
        unknownStatus(c, "status-unknown", "statut EN_ATTENTE", "A-50", Json.MAPPER.getNodeFactory().textNode("EN_ATTENTE"), "statut 'EN_ATTENTE'");
        unknownStatus(c, "status-null", "statut null", "A-51", Json.MAPPER.getNodeFactory().nullNode(), "no statut");
        unknownStatus(c, "status-lower-case", "statut confirmee in lower case", "A-52", Json.MAPPER.getNodeFactory().textNode("confirmee"), "statut 'confirmee'");
        unknownStatus(c, "status-number", "statut is a number", "A-53", Json.MAPPER.getNodeFactory().numberNode(1), "statut '1'");
        unknownStatus(c, "status-object", "statut is an object", "A-54", Json.parse("{\"code\":\"CONFIRMEE\"}"), "no statut");
        c.add("only-unusable", "the only registration has no apprenant", Fault.status(200, "[{\"apprenant\":null,\"statut\":\"CONFIRMEE\"}]"),
                skipped("NO_VALID_LEARNER", seance("only-unusable"), "no valid learner", "inscription:" + action("only-unusable") + "#0", "without a learner"));
        c.add("unknown-then-confirmed", "a learner registered with an unknown statut, then confirmed",
                listOf(registration("A-60", "Roux", "Dora", "dora.roux@etu.example", "EN_ATTENTE"),
                        registration("A-60", "Roux", "Dora", "dora.roux@etu.example", "CONFIRMEE")),
                sent(seance("unknown-then-confirmed"), "Séance unknown-then-confirmed"));
        c.add("confirmed-twice", "the same learner confirmed twice",
                listOf(registration("A-61", "Leroy", "Basile", "basile.leroy@etu.example", "CONFIRMEE"),
                        registration("A-61", "Leroy", "Basile", "basile.leroy@etu.example", "CONFIRMEE")),
                sent(seance("confirmed-twice"), "Séance confirmed-twice"));
        person(c, "email-invalid", "a learner whose e-mail is 'camille@@etu'", registration("A-70", "Moreau", "Camille", "camille@@etu", "CONFIRMEE"),
                "apprenant:A-70", "invalid e-mail");
        c.add("name-huge", "a learner whose last name has 100,000 characters: sent, cut",
                listOf(registration("A-71", HUGE, "Camille", "camille.h@etu.example", "CONFIRMEE")),
                sent(seance("name-huge"), "Séance name-huge").withEvent("TEXT_SHORTENED", "apprenant:A-71 last name of 100000 characters cut to 1000"));
        c.add("name-script", "a learner whose first name is a <script>: sent as written",
                listOf(registration("A-72", "Moreau", SCRIPT, "camille.s@etu.example", "CONFIRMEE")),
                sent(seance("name-script"), "Séance name-script"));
        person(c, "name-invisible", "a learner whose first name is no-break spaces",
                registration("A-74", "Moreau", NO_BREAK_SPACE + NO_BREAK_SPACE, "camille.n@etu.example", "CONFIRMEE"), "apprenant:A-74",
                "first name made only of invisible characters (U+00A0 U+00A0)");
        person(c, "email-object", "a learner whose e-mail is an object",
                with(registration("A-73", "Moreau", "Camille", null, "CONFIRMEE"), r -> ((ObjectNode) r.get("apprenant")).set("email", Json.parse("{\"v\":\"c@etu.example\"}"))),
                "apprenant:A-73", "no e-mail");
        person(c, "id-huge", "a learner whose id has 100,000 characters",
                registration("A-" + HUGE, "Moreau", "Camille", "camille.i@etu.example", "CONFIRMEE"), "apprenant:A-", "id longer than 255 characters");
        c.add("body-paged", "the registrations answer a paged object, as the contract says lists are",
                Fault.status(200, "{\"items\":[" + Json.write(alice()) + "],\"page\":0,\"totalPages\":1}"), sent(seance("body-paged"), "Séance body-paged"));
        c.add("body-paged-empty", "the registrations answer an empty paged object", Fault.status(200, "{\"items\":[],\"page\":0,\"totalPages\":1}"),
                skipped("NO_VALID_LEARNER", seance("body-paged-empty"), "the course has no learner"));
        return c.cases();
    }

    private static Fault listOf(JsonNode... registrations) {
        ArrayNode list = Json.array().add(alice());
        for (JsonNode r : registrations) {
            list.add(r);
        }
        return Fault.status(200, Json.write(list));
    }

    private static JsonNode with(ObjectNode r, java.util.function.Consumer<ObjectNode> change) {
        change.accept(r);
        return r;
    }

    /** A registration without a usable learner: named by its position in its action's list (Alice is #0). */
    private static void unusable(Catalog<Fault> c, String slug, String what, JsonNode record) {
        c.add(slug, what, listOf(record), sent(seance(slug), "Séance " + slug)
                .withEvent("INVALID_PERSON", "inscription:" + action(slug) + "#1", "without a learner"));
    }

    private static void unknownStatus(Catalog<Fault> c, String slug, String what, String learner, JsonNode statut, String words) {
        ObjectNode r = registration(learner, "Statut", "Inconnu", learner.toLowerCase() + "@etu.example", null);
        r.set("statut", statut);
        c.add(slug, what, listOf(r), sent(seance(slug), "Séance " + slug)
                .withEvent("INVALID_PERSON", "apprenant:" + learner, words, "not CONFIRMEE, NON_CONFIRMEE or ANNULEE"));
    }

    private static void person(Catalog<Fault> c, String slug, String what, JsonNode record, String... words) {
        c.add(slug, what, listOf(record), sent(seance(slug), "Séance " + slug).withEvent("INVALID_PERSON", words));
    }

    private static void unreadable(Catalog<Fault> c, String slug, String what, Fault answer, String... words) {
        String[] all = new String[words.length + 1];
        all[0] = "/actions/" + action(slug) + "/inscriptions";
        System.arraycopy(words, 0, all, 1, words.length);
        c.add(slug, what, answer, skipped("INVALID_COURSE_DATA", seance(slug), all));
    }
}
