package org.edusignconnector.sync;

import java.util.Optional;

import org.edusignconnector.course.ReasonCode;
import org.edusignconnector.course.SourceCourse;
import org.edusignconnector.edusign.AmbiguousAdoptionException;
import org.edusignconnector.edusign.EdusignApi;
import org.edusignconnector.edusign.SheetTakeover;
import org.edusignconnector.sync.SyncRun;
import org.edusignconnector.ledger.Ledger;

/**
 * What a real run would do with a course the ledger does not know when the tenant takes over sheets another
 * connector made ({@code adoptExistingSheets}): the dry run reads the school's lists (reads only) to say which
 * sheet it would adopt, which course is ambiguous, and which it would create.
 */
final class TakeoverPlan {

    record Planned(ReasonCode outcome, String message) {
    }

    private TakeoverPlan() {
    }

    static Planned of(SyncRun run, Ledger ledger, SourceCourse course) {
        String what = "'" + course.getName() + "' on " + course.getStart().toLocalDateTime();
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
