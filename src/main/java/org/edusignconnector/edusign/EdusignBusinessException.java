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

    public boolean saysNotFound() {
        String m = edusignMessage == null ? "" : edusignMessage.toLowerCase(java.util.Locale.ROOT);
        return m.contains("no course with this id") || m.contains("not found") || m.contains("cannot get");
    }

    public boolean saysAlreadyExists() {
        String m = edusignMessage == null ? "" : edusignMessage.toLowerCase(java.util.Locale.ROOT);
        return m.contains("already exists");
    }
}
