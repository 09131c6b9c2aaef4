package org.edusignconnector.edusign;

/** Edusign answered {@code status: error} (HTTP 200): recorded on the item, never retried. */
public class EdusignBusinessException extends RuntimeException {
    private final String edusignMessage;

    public EdusignBusinessException(String request, String edusignMessage) {
        super("Edusign refused " + request + ": " + edusignMessage);
        this.edusignMessage = edusignMessage;
    }

    public String edusignMessage() {
        return edusignMessage;
    }

    /** "No course with this ID found", "No student with this API_ID found", "Error - cannot get professor by email"... */
    public boolean saysNotFound() {
        String m = edusignMessage == null ? "" : edusignMessage.toLowerCase(java.util.Locale.ROOT);
        return m.matches("(?s).*\\bno \\w+ with this .*found.*") || m.contains("not found") || m.contains("cannot get");
    }

    public boolean saysAlreadyExists() {
        String m = edusignMessage == null ? "" : edusignMessage.toLowerCase(java.util.Locale.ROOT);
        return m.contains("already exists");
    }
}
