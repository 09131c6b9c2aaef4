package org.edusignconnector.http;

import java.io.InterruptedIOException;

/** A call (connection, request and the whole answer) ran past {@code connector.http.call-deadline-ms}: a transient failure, like a timeout. */
public class CallDeadlineException extends InterruptedIOException {

    public CallDeadlineException(String call, long deadlineMillis, Throwable cause) {
        super(call + " did not complete within its deadline of " + deadlineMillis + " ms (connector.http.call-deadline-ms): cancelled");
        initCause(cause);
    }
}
