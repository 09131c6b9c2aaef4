package org.edusignconnector.fca;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.attendance.AttendanceContext;
import org.edusignconnector.attendance.AttendanceTarget;
import org.edusignconnector.attendance.AttendanceWrite;
import org.edusignconnector.attendance.LockedSheet;
import org.edusignconnector.attendance.SourceRejectedException;
import org.edusignconnector.course.SyncWindow;
import org.edusignconnector.course.Text;
import org.edusignconnector.http.HttpReply;

/**
 * Attendance to FCA Manager ({@code PUT /seances/{id}/presences}): present/absent per learner,
 * the absence reason matched by name among FCA's justified reasons, else the tenant's default
 * (an absence without a reason in Edusign goes up without one);
 * delays, exclusions and early departures only with their option; trainers present when they
 * signed, or forced present and validated when FCA requires their validation (option).
 */
public class FcaAttendance implements AttendanceTarget {

    private static final DateTimeFormatter HOUR_MINUTE = DateTimeFormatter.ofPattern("HH:mm");

    private final FcaClient client;
    private final ObjectMapper json;
    private final String tenant;
    private final String defaultAbsenceReason;
    private final boolean sendDelays;
    private final boolean forceInstructorPresence;
    private AbsenceReasons reasons;
    private Map<String, Set<String>> validationRequired = Map.of();

    public FcaAttendance(FcaClient client, ObjectMapper json, String tenant, String defaultAbsenceReason,
                         boolean sendDelays, boolean forceInstructorPresence) {
        this.client = client;
        this.json = json;
        this.tenant = tenant;
        this.defaultAbsenceReason = defaultAbsenceReason;
        this.sendDelays = sendDelays;
        this.forceInstructorPresence = forceInstructorPresence;
    }

    @Override
    public synchronized void prepareRun(LocalDate from, LocalDate to) {
        reasons = AbsenceReasons.load(client);
        if (defaultAbsenceReason != null && reasons.find(defaultAbsenceReason).isEmpty()) {
            throw new IllegalArgumentException("tenant '" + tenant + "': defaultAbsenceReason '" + defaultAbsenceReason
                    + "' is not a justified absence reason of FCA Manager");
        }
        validationRequired = forceInstructorPresence ? trainersRequiringValidation(from, to) : Map.of();
    }

    /** An absence's Edusign reason is matched by name among FCA's justified reasons. */
    @Override
    public boolean usesAbsenceReasons() {
        return true;
    }

    @Override
    public Prepared prepare(LockedSheet sheet, String sourceKey, AttendanceContext context) {
        List<String> leftOut = new ArrayList<>();
        ObjectNode body = json.createObjectNode();
        ArrayNode learners = body.putArray("apprenants");
        for (LockedSheet.Mark m : sheet.students()) {
            String key = context.studentKeys().get(m.studentId());
            if (key == null || !key.startsWith("apprenant:")) {
                leftOut.add("Edusign student " + m.studentId() + " was not created by the connector");
                continue;
            }
            learnerMark(learners.addObject(), key.substring("apprenant:".length()), m, context);
        }
        ArrayNode trainers = body.putArray("formateurs");
        Set<String> mustValidate = validationRequired.getOrDefault(sourceKey, Set.of());
        for (LockedSheet.ProfessorPresence p : sheet.professors()) {
            String key = context.professorKeys().get(p.professorId());
            if (key == null || !key.startsWith("formateur:")) {
                leftOut.add("Edusign professor " + p.professorId() + " was not created by the connector");
                continue;
            }
            String trainerId = key.substring("formateur:".length());
            boolean present = p.signed() || mustValidate.contains(trainerId);
            trainers.addObject().put("formateurId", trainerId).put("present", present).put("valide", present);
        }
        String text;
        try {
            text = json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return new Prepared(AttendanceWrite.of(sheet.id(), sourceKey, "/seances/" + FcaPaths.encode(sourceKey) + "/presences", null, text), leftOut);
    }

    /** One learner's entry; FCA Manager wants every field present, null when there is nothing to say. */
    private void learnerMark(ObjectNode l, String learnerId, LockedSheet.Mark m, AttendanceContext context) {
        l.put("apprenantId", learnerId);
        l.put("present", m.present());
        String motif = m.present() ? null : motif(m, context);
        if (motif == null) {
            l.putNull("motifAbsenceId");
        } else {
            l.put("motifAbsenceId", motif);
        }
        if (sendDelays) {
            l.put("retardMinutes", m.delayMinutes());
            if (m.earlyDeparture() == null) {
                l.putNull("departAnticipe");
            } else {
                l.put("departAnticipe", HOUR_MINUTE.format(m.earlyDeparture().atZone(SyncWindow.PARIS)));
            }
            l.put("exclusion", m.excluded() != null);
        }
        if (m.comment() == null) {
            l.putNull("commentaire");
        } else {
            l.put("commentaire", m.comment());
        }
    }

    @Override
    public void send(AttendanceWrite write) {
        HttpReply reply = client.put(write.target(), write.body());
        if (reply.status() == 200) {
            return;
        }
        throw new SourceRejectedException("FCA Manager answered " + reply.status() + " to PUT " + write.target() + ": " + reasonOf(reply), reply.status());
    }

    /**
     * The FCA reason of an absence: none when Edusign gave none (the absence stays unjustified:
     * for an apprentice, a justified absence changes what is funded); the justified FCA reason of
     * the same name as Edusign's; else, for a reason Edusign gave that FCA has no justified match
     * for, the tenant's default.
     */
    private String motif(LockedSheet.Mark m, AttendanceContext context) {
        if (m.absenceId() == null) {
            return null;
        }
        String edusignReason = context.absenceReasonNames().get(m.absenceId());
        Optional<AbsenceReason> matched = reasons.find(edusignReason);
        if (matched.isPresent()) {
            return matched.get().id();
        }
        return reasons.find(defaultAbsenceReason).map(AbsenceReason::id).orElse(null);
    }

    /** Séance id → trainers whose validation FCA requires ({@code validationObligatoire}). */
    private Map<String, Set<String>> trainersRequiringValidation(LocalDate from, LocalDate to) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("dateDebut", from.toString());
        query.put("dateFin", to.toString());
        Map<String, Set<String>> out = new HashMap<>();
        for (JsonNode s : client.list("/seances", query)) {
            Set<String> ids = new HashSet<>();
            for (JsonNode list : List.of(s.path("formateurs"), s.path("enseignement").path("formateurs"))) {
                list.forEach(f -> {
                    if (f.path("validationObligatoire").asBoolean(false) && f.hasNonNull("id")) {
                        ids.add(f.get("id").asText());
                    }
                });
            }
            out.put(s.path("id").asText(), ids);
        }
        return out;
    }

    private String reasonOf(HttpReply reply) {
        try {
            JsonNode n = json.readTree(reply.body());
            if (n.has("erreurs")) {
                return n.get("erreurs").toString();
            }
            if (n.has("message")) {
                return n.get("message").asText();
            }
        } catch (Exception notJson) {
            // the raw body below
        }
        return Text.cut(reply.body(), 300);
    }
}
