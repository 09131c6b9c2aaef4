package org.edusignconnector.sync;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.edusign.AmbiguousAdoptionException;
import org.edusignconnector.edusign.ApiIds;
import org.edusignconnector.edusign.EdusignApi;
import org.edusignconnector.edusign.LedgerWrites;
import org.edusignconnector.edusign.SheetTakeover;
import org.edusignconnector.ledger.Ledger;
import org.edusignconnector.ledger.ObjectKind;

/**
 * What a real run would do with a course the ledger does not know, as the writers decide it: the dry run reads the
 * school's lists (reads only) to say which sheet Edusign already holds under this connector's API_ID (the ledger was
 * lost, restored or is new: the run takes it back), and, when the tenant takes over sheets another connector made
 * ({@code adoptExistingSheets}), which sheet it would adopt, which course is ambiguous, and which it would create.
 */
final class TakeoverPlan {

    record Planned(ReasonCode outcome, String message) {
    }

    private TakeoverPlan() {
    }

    static Planned of(SyncRun run, Ledger ledger, LedgerWrites writes, SourceCourse course) {
        String what = "'" + course.getName() + "' on " + course.getStart().toLocalDateTime();
        Optional<JsonNode> ours = writes.findOurs(run, ObjectKind.COURSE,
                ApiIds.candidates(run.tenant().source().system(), run.tenantName(), "course", course.getSourceKey()));
        if (ours.isPresent()) {
            return new Planned(ReasonCode.ADOPTED, "would take back sheet " + EdusignApi.idOrNull(ours.get()) + " for " + what
                    + ": Edusign holds it under this connector's API_ID, which the ledger does not know (a new or restored database)");
        }
        if (!run.adoptExistingSheets()) {
            // A sheet a v3 batch made carries an externalReferenceId, which v1's lists may not show: the upsert finds it.
            return new Planned(ReasonCode.CREATED, "would create " + what + (run.v3Batch()
                    ? ", or update the sheet a v3 batch made under the same externalReferenceId (v3 upserts by it; no list shows it beforehand)"
                    : ": Edusign holds no sheet under its API_ID"));
        }
        try {
            Optional<SheetTakeover.Match> match = new SheetTakeover(ledger).course(run, course);
            if (match.isPresent()) {
                return new Planned(ReasonCode.ADOPTED, "would adopt sheet " + EdusignApi.idOrNull(match.get().remote()) + " for " + what
                        + " (adoptExistingSheets), " + match.get().evidence());
            }
            return new Planned(ReasonCode.CREATED, "would create " + what + ": no sheet on Edusign matches it (adoptExistingSheets)");
        } catch (AmbiguousAdoptionException ambiguous) {
            return new Planned(ReasonCode.ADOPTION_AMBIGUOUS, "would neither adopt nor create " + what + ": " + ambiguous.getMessage());
        }
    }
}
