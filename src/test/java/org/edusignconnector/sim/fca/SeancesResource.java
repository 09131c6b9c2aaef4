package org.edusignconnector.sim.fca;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.edusignconnector.sim.common.ApiException;
import org.edusignconnector.sim.common.SimRequest;
import org.edusignconnector.sim.common.SimResponse;

/**
 * {@code GET /seances?dateDebut=YYYY-MM-DD&dateFin=YYYY-MM-DD[&page&size]}: séances whose start falls, on the
 * Paris calendar, between both days inclusive; sorted by start instant then id.
 */
final class SeancesResource implements Resource {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Comparator<FcaSeance> ORDER =
            Comparator.comparing((FcaSeance s) -> s.dateDebut().toInstant()).thenComparing(FcaSeance::id);

    @Override
    public SimResponse answer(SimRequest request, String pathId, FcaData data) {
        LocalDate from = date(request, "dateDebut");
        LocalDate to = date(request, "dateFin");
        if (to.isBefore(from)) {
            throw ApiException.badRequest("dateFin ne peut pas précéder dateDebut");
        }
        Paging paging = Paging.from(request);
        List<ObjectNode> rows = data.seances().stream()
                .filter(s -> {
                    LocalDate day = s.dateDebut().atZoneSameInstant(FcaSeance.PARIS).toLocalDate();
                    return !day.isBefore(from) && !day.isAfter(to);
                })
                .sorted(ORDER)
                .map(SeanceJson::of)
                .toList();
        return paging.respond(rows, data.lists());
    }

    private static LocalDate date(SimRequest request, String name) {
        String value = request.param(name)
                .orElseThrow(() -> ApiException.badRequest("Paramètre " + name + " obligatoire (AAAA-MM-JJ)"));
        try {
            if (!DATE.matcher(value).matches()) {
                throw new DateTimeParseException("not YYYY-MM-DD", value, 0);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("Paramètre " + name + " invalide : '" + value + "' (AAAA-MM-JJ)");
        }
    }
}
