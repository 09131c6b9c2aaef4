package org.edusignconnector.attendance;

/**
 * The source system refused a write-back: 404 (unknown séance or event), 500 on a Celcat register
 * (week or event not valid), 422/400 (a body it refuses) or 409 (séance validated, register closed).
 * A closed one is final: the sheet is not retried; the others are retried at the next run.
 */
public class SourceRejectedException extends RuntimeException {
    private final int status;

    public SourceRejectedException(String message, int status) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public boolean closed() {
        return status == 409;
    }
}
