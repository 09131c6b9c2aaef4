package org.edusignconnector.http;

/**
 * An answer larger than {@code connector.http.max-answer-bytes}: refused, not retried (the same call
 * would get the same answer), so that one misbehaving server cannot exhaust the runtime's memory.
 */
public class AnswerTooLargeException extends RuntimeException {

    /** {@code announced}: the Content-Length when it gave the size away, else -1 (found while reading). */
    public AnswerTooLargeException(String call, long announced, long maxBytes) {
        super("the answer to " + call + (announced >= 0 ? " (" + announced + " bytes)" : "")
                + " exceeds connector.http.max-answer-bytes (" + maxBytes + " bytes): refused");
    }
}
