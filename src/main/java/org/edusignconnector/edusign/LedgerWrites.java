package org.edusignconnector.edusign;

import org.edusignconnector.ledger.ObjectKind;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.events.EventLog;
import org.edusignconnector.http.RetryableHttpException;
import org.edusignconnector.ledger.Ledger;

/**
 * The one way an object comes to exist on Edusign for this connector: look for it first (by API_ID, from
 * the school's lists read once per run, else {@code get-id}), adopt what is there, and only then create it,
 * bracketed by the ledger (intent before the POST, result after). A POST whose answer was lost (5xx, reset,
 * timeout) may have landed: it is looked up only once the answer could no longer be on its way (the
 * settle time: the response timeout plus a margin), never re-posted before.
 */
public class LedgerWrites {

    private static final int MAX_CREATE_ATTEMPTS = 3;

    /** Waits; in production {@link Thread#sleep}. */
    public interface Pause {
        void pause(Duration duration);
    }

    private final Ledger ledger;
    private final EventLog events;
    private final Duration settle;
    private final Pause pause;

    public LedgerWrites(Ledger ledger, EventLog events, Duration settle, Pause pause) {
        this.ledger = ledger;
        this.events = events;
        this.settle = settle;
        this.pause = pause;
    }

    public static Pause sleeping() {
        return d -> {
            try {
                Thread.sleep(d.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while a lost answer settled", e);
            }
        };
    }

    public Ledger ledger() {
        return ledger;
    }

    public EventLog events() {
        return events;
    }

    /** Ours on Edusign under one of {@code apiIds} (the object as Edusign holds it), if any; throws when unknown. */
    public Optional<JsonNode> findOurs(EdusignRun run, ObjectKind kind, List<String> apiIds) {
        EdusignDirectory.Answer listed = run.directory().byApiId(run.edusign(), kind, apiIds);
        reportListProblem(run, kind);
        if (listed.listed()) {
            return listed.object();
        }
        for (String apiId : apiIds) {
            if (!ApiIds.pathSafe(apiId)) {
                continue;
            }
            Optional<String> id = run.edusign().idByApiId(kind, apiId);
            if (id.isPresent()) {
                return Optional.of(run.edusign().get("/v1/" + kind.path() + "/" + EdusignApi.encode(id.get())));
            }
        }
        return Optional.empty();
    }

    /** A list that could not be relied on is recorded once per run and kind: the run asks object by object. */
    public void reportListProblem(EdusignRun run, ObjectKind kind) {
        run.directory().problemToReport(kind).ifPresent(problem -> {
            run.count(ReasonCode.LIST_UNRELIABLE);
            events.record(run, "run", kind.path() + "-list", ReasonCode.LIST_UNRELIABLE.name(), "the Edusign " + kind.path()
                    + " list cannot be relied on (" + problem + "): " + kind.path() + "s are looked up one by one this run");
        });
    }

    /**
     * Takes an object found on Edusign as this source object's: the ledger row, an ADOPTED event saying how it
     * was found ({@code how}; none when it is this connector's own create of an earlier run whose answer was
     * lost), and one PATCH when its content differs from {@code body} (unless {@code patch} is false).
     * Counting is the caller's.
     */
    public String adopt(EdusignRun run, Target target, JsonNode remote, ObjectNode body, String fingerprint, String how, boolean patch) {
        String id = EdusignApi.idOrNull(remote);
        boolean patched = false;
        if (patch && !RemoteContent.holds(target.kind(), body, remote)) {
            ObjectNode update = body.deepCopy();
            update.put("ID", id);
            run.edusign().update(target.kind(), update, target.kind() == ObjectKind.COURSE ? Map.of("editSurveys", false) : Map.of());
            patched = true;
        }
        ledger.markSynced(run.tenantName(), target.kind(), target.sourceKey(), body.path("API_ID").asText(null), id, fingerprint,
                null, target.startsAt(), target.label(), true);
        if (how != null) {
            events.record(run, target.kind().path(), target.sourceKey(), ReasonCode.ADOPTED.name(),
                    "existing Edusign " + target.kind().path() + " " + id + " " + how + " adopted instead of creating a duplicate"
                            + (patched ? "; updated to the source's content" : ""));
        }
        return id;
    }

    /**
     * Intent, POST (resolving a lost answer), result: Edusign's answer (the new object, or only its id when the
     * answer was lost and the object found by its API_ID).
     */
    public JsonNode create(EdusignRun run, Target target, String apiId, ObjectNode body, String fingerprint, Map<String, Object> topLevel) {
        ledger.recordIntent(run.tenantName(), target.kind(), target.sourceKey(), apiId, target.startsAt(), target.label());
        JsonNode created = createResolving(run, target.kind(), apiId, body, topLevel);
        ledger.markSynced(run.tenantName(), target.kind(), target.sourceKey(), apiId, EdusignApi.idOrNull(created), fingerprint, null,
                target.startsAt(), target.label(), false);
        return created;
    }

    private JsonNode createResolving(EdusignRun run, ObjectKind kind, String apiId, ObjectNode body, Map<String, Object> topLevel) {
        for (int attempt = 1; ; attempt++) {
            try {
                return run.edusign().create(kind, body, topLevel);
            } catch (EdusignUnknownAnswerException noId) {
                // Answered "success" without the id: it was processed, so it can be asked for at once.
                return idOnly(run.edusign().idByApiId(kind, apiId).orElseThrow(() -> noId));
            } catch (RetryableHttpException lost) {
                if (lost.status() != 429) {
                    // 5xx, reset or timeout: Edusign may still be applying it. Ask only once its answer is past due.
                    pause.pause(settle);
                }
                Optional<String> created = run.edusign().idByApiId(kind, apiId);
                if (created.isPresent()) {
                    return idOnly(created.get());
                }
                if (attempt >= MAX_CREATE_ATTEMPTS) {
                    if (lost.status() == 0) {
                        throw new UnansweredCreateException("Edusign did not answer the creation of " + kind.path() + " " + apiId
                                + " (" + lost.getMessage() + "); it is resolved at the next run", lost);
                    }
                    throw lost;
                }
            }
        }
    }

    private static JsonNode idOnly(String id) {
        return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("ID", id);
    }

    /** What a ledger row is about: kind, source key, and for courses their start and name. */
    public record Target(ObjectKind kind, String sourceKey, java.time.Instant startsAt, String label) {
    }
}
