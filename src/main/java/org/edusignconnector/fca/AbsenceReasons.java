package org.edusignconnector.fca;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.SourceDataException;

/** The justified absence reasons of a tenant's FCA Manager, matched by id or by label. */
public final class AbsenceReasons {

    private final List<AbsenceReason> justified;

    private AbsenceReasons(List<AbsenceReason> justified) {
        this.justified = List.copyOf(justified);
    }

    public static AbsenceReasons load(FcaClient client) {
        List<JsonNode> items = client.list("/motifs-absence");
        if (items == null) {
            throw new SourceDataException("FCA Manager has no /motifs-absence (404)");
        }
        List<AbsenceReason> justified = new ArrayList<>();
        for (JsonNode m : items) {
            if (m.path("justifie").asBoolean(false) && m.hasNonNull("id")) {
                justified.add(new AbsenceReason(m.get("id").asText(), m.path("code").asText(null), m.path("libelle").asText(null)));
            }
        }
        return new AbsenceReasons(justified);
    }

    /** The justified reason with that exact id or label (labels compared without case). */
    public Optional<AbsenceReason> find(String idOrLabel) {
        if (idOrLabel == null || idOrLabel.isBlank()) {
            return Optional.empty();
        }
        String wanted = idOrLabel.trim();
        return justified.stream()
                .filter(r -> r.id().equals(wanted) || r.label() != null && r.label().trim().toLowerCase(Locale.ROOT)
                        .equals(wanted.toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    public List<AbsenceReason> all() {
        return justified;
    }
}
