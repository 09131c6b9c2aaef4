package org.edusignconnector.http;

/** An outbound HTTP proxy for one tenant's source calls; the password is a resolved secret. */
public record ProxySettings(String host, int port, String username, String password) {
    @Override
    public String toString() {
        return "ProxySettings[" + host + ":" + port + (username == null ? "" : ", user " + username) + "]";
    }
}
