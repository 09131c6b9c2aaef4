package org.edusignconnector.edusign;

/**
 * A create that Edusign never answered (timeout, connection reset): it may still be applied, so
 * the item stops here, its intent stays PENDING and the next run resolves it through get-id.
 */
public class UnansweredCreateException extends RuntimeException {
    public UnansweredCreateException(String message, Throwable cause) {
        super(message, cause);
    }
}
