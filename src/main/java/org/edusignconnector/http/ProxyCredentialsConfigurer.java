package org.edusignconnector.http;

import org.apache.camel.component.http.HttpClientConfigurer;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.HttpClientBuilder;
import org.apache.hc.core5.http.HttpHost;

/**
 * Sends a tenant's source calls through its HTTP proxy, answering the proxy's challenge with the
 * tenant's proxy credentials; what camel-http does with its {@code proxyAuth*} endpoint options,
 * without the password in an endpoint URI. Nothing here is readable from outside: no getter, and
 * {@link #toString()} names the proxy only.
 */
public final class ProxyCredentialsConfigurer implements HttpClientConfigurer {

    private final String host;
    private final int port;
    private final String username;
    private final char[] password;

    public ProxyCredentialsConfigurer(ProxySettings proxy) {
        this.host = proxy.host();
        this.port = proxy.port();
        this.username = proxy.username();
        this.password = proxy.password() == null ? new char[0] : proxy.password().toCharArray();
    }

    @Override
    public void configureHttpClient(HttpClientBuilder builder) {
        BasicCredentialsProvider credentials = new BasicCredentialsProvider();
        credentials.setCredentials(new AuthScope(host, port), new UsernamePasswordCredentials(username, password.clone()));
        builder.setProxy(new HttpHost("http", host, port)).setDefaultCredentialsProvider(credentials);
    }

    @Override
    public String toString() {
        return "ProxyCredentialsConfigurer[" + host + ":" + port + ", user " + username + "]";
    }
}
