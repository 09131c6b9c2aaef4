package org.edusignconnector.sync;

/** A run that no longer holds its tenant lease tried to write: it stops, and says to whom the lease went. */
public class LeaseLostException extends RuntimeException {

    public LeaseLostException(String message) {
        super(message);
    }
}
