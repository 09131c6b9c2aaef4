package org.edusignconnector.sim.fca;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Writes a séance, a trainer, a registration and a motif in the field order and shape of the contract. */
final class SeanceJson {

    private SeanceJson() {
    }

    static ObjectNode of(FcaSeance s) {
        ObjectNode n = Json.object();
        n.put("id", s.id());
        n.put("intitule", s.intitule());
        n.put("dateDebut", Json.offset(s.dateDebut()));
        n.put("dateFin", Json.offset(s.dateFin()));
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
        n.put("dateCreation", Json.offset(s.dateCreation()));
        n.put("dateModification", Json.offset(s.dateModification()));
        return n;
    }

    static ObjectNode inscription(FcaInscription i) {
        ObjectNode n = Json.object();
        FcaPerson p = i.apprenant();
        n.putObject("apprenant").put("id", p.id()).put("nom", p.nom()).put("prenom", p.prenom())
                .put("email", p.email()).put("telephone", p.telephone());
        n.put("statut", i.statut());
        n.put("groupeId", i.groupeId());
        return n;
    }

    static ObjectNode motif(FcaMotif m) {
        return Json.object().put("id", m.id()).put("code", m.code()).put("libelle", m.libelle())
                .put("justifie", m.justifie());
    }

    private static void formateurs(ArrayNode array, List<FcaFormateur> formateurs) {
        formateurs.forEach(f -> array.addObject().put("id", f.id()).put("nom", f.nom()).put("prenom", f.prenom())
                .put("email", f.email()).put("validationObligatoire", f.validationObligatoire()));
    }
}
