package org.edusignconnector.edusign;

/**
 * Edusign's answer could not be read as Edusign's: a bare 404 (a proxy, a gateway, an unknown route), an
 * HTML page, {@code success} without a usable {@code result}. Unknown is not absent: the item it concerns
 * stays pending, nothing is created on the strength of it, and the run goes on with the other items.
 */
public class EdusignUnknownAnswerException extends RuntimeException {

    private final int status;

    public EdusignUnknownAnswerException(String request, String what) {
        this(request, what, 200);
    }

    public EdusignUnknownAnswerException(String request, String what, int status) {
        super("Edusign's answer to " + request + " cannot be trusted (" + what + "); nothing was created on it");
        this.status = status;
    }

    /** The HTTP status it came with. */
    public int status() {
        return status;
    }
}
