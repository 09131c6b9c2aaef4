package org.edusignconnector.sim.fca;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.edusignconnector.sim.common.SimJson;

/** Writes a séance, a trainer, a registration and a motif in the field order and shape of the contract. */
final class SeanceJson {

    /** Always {@code ±HH:mm}, also for UTC ({@code +00:00}, never {@code Z}). */
    private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssxxx");

    private SeanceJson() {
    }

    static ObjectNode of(FcaSeance s) {
        ObjectNode n = SimJson.object();
        n.put("id", s.id());
        n.put("intitule", s.intitule());
        n.put("dateDebut", offset(s.dateDebut()));
        n.put("dateFin", offset(s.dateFin()));
        n.put("salle", s.salle());
        if (s.actionRef() == null) {
            n.putNull("action");
        } else {
            n.putObject("action").put("codRefComAcn", s.actionRef()).put("libAcn", s.actionLabel())
                    .put("codAnuAcn", s.actionYear());
        }
        if (s.activiteRef() == null) {
            n.putNull("activite");
        } else {
            n.putObject("activite").put("codRefComAcv", s.activiteRef()).put("libAcv", s.activiteLabel());
        }
        if (s.enseignementRef() == null) {
            n.putNull("enseignement");
        } else {
            ObjectNode ens = n.putObject("enseignement").put("codRefComEns", s.enseignementRef())
                    .put("libEns", s.enseignementLabel());
            formateurs(ens.putArray("formateurs"), s.enseignementFormateurs());
        }
        formateurs(n.putArray("formateurs"), s.formateurs());
        ArrayNode groupes = n.putArray("groupes");
        s.groupes().forEach(g -> groupes.addObject().put("id", g.id()).put("libelle", g.libelle()));
        n.put("dateCreation", offset(s.dateCreation()));
        n.put("dateModification", offset(s.dateModification()));
        return n;
    }

    static ObjectNode inscription(FcaInscription i) {
        ObjectNode n = SimJson.object();
        FcaPerson p = i.apprenant();
        n.putObject("apprenant").put("id", p.id()).put("nom", p.nom()).put("prenom", p.prenom())
                .put("email", p.email()).put("telephone", p.telephone());
        n.put("statut", i.statut());
        n.put("groupeId", i.groupeId());
        return n;
    }

    static ObjectNode motif(FcaMotif m) {
        return SimJson.object().put("id", m.id()).put("code", m.code()).put("libelle", m.libelle())
                .put("justifie", m.justifie());
    }

    private static void formateurs(ArrayNode array, List<FcaFormateur> formateurs) {
        formateurs.forEach(f -> array.addObject().put("id", f.id()).put("nom", f.nom()).put("prenom", f.prenom())
                .put("email", f.email()).put("validationObligatoire", f.validationObligatoire()));
    }

    /** A time with its offset, e.g. {@code 2026-03-30T09:00:00+02:00}, or null. */
    private static String offset(OffsetDateTime t) {
        return t == null ? null : OFFSET.format(t);
    }
}
