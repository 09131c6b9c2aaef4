package org.edusignconnector.edusign;

import java.io.IOException;

import org.edusignconnector.http.CircuitOpenException;
import org.edusignconnector.http.FatalHttpException;
import org.edusignconnector.http.RetryableHttpException;

/**
 * The one place that turns the way an Edusign request ended (the failure {@link EdusignApi} saw,
 * or none) into its {@link RequestOutcome}.
 */
public final class RequestOutcomeClassifier {

    private RequestOutcomeClassifier() {
    }

    /** The outcome of a request that ended with {@code failure}, or succeeded when it is null. */
    public static RequestOutcome classify(Throwable failure) {
        if (failure == null) {
            return RequestOutcome.SUCCESS;
        }
        if (failure instanceof EdusignBusinessException) {
            return RequestOutcome.BUSINESS_ERROR;
        }
        if (failure instanceof EdusignUnknownAnswerException unknown) {
            // A 4xx without the envelope: something answered, and refused; anything else was not Edusign's answer.
            return refusal(unknown.status()) ? RequestOutcome.BUSINESS_ERROR : RequestOutcome.TRANSIENT;
        }
        if (failure instanceof FatalHttpException) {
            return RequestOutcome.FATAL;
        }
        if (failure instanceof CircuitOpenException) {
            return RequestOutcome.BREAKER_OPEN;
        }
        if (failure instanceof RetryableHttpException retryable) {
            // A 4xx without the envelope reaches here from EdusignApi: Edusign answered, and refused.
            return refusal(retryable.status()) ? RequestOutcome.BUSINESS_ERROR : RequestOutcome.TRANSIENT;
        }
        return causedByIo(failure) ? RequestOutcome.TRANSIENT : RequestOutcome.FATAL;
    }

    /**
     * The outcome of a lookup (get-id, by-email), where Edusign saying "not found" is the answer
     * "absent" the caller asked about, not a refusal.
     */
    public static RequestOutcome classifyLookup(Throwable failure) {
        if (failure instanceof EdusignBusinessException refused && refused.saysNotFound()) {
            return RequestOutcome.SUCCESS;
        }
        return classify(failure);
    }

    private static boolean refusal(int status) {
        return status >= 400 && status < 500 && status != 408 && status != 429;
    }

    private static boolean causedByIo(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof IOException) {
                return true;
            }
        }
        return false;
    }
}
