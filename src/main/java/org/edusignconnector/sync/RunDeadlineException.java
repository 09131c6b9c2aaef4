package org.edusignconnector.sync;

/** A run went past its deadline ({@code connector.run.max-duration-minutes}): it stops at its next step or call. */
public class RunDeadlineException extends RuntimeException {

    public RunDeadlineException(String message) {
        super(message);
    }
}
