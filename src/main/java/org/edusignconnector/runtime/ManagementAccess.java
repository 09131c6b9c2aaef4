package org.edusignconnector.runtime;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.vertx.ext.auth.authentication.AuthenticationProvider;
import io.vertx.ext.web.handler.BasicAuthHandler;
import org.apache.camel.CamelContext;
import org.apache.camel.component.platform.http.main.ManagementHttpServer;
import org.apache.camel.component.platform.http.vertx.auth.AuthenticationConfig;
import org.apache.camel.component.platform.http.vertx.auth.AuthenticationConfig.AuthenticationConfigEntry;
import org.apache.camel.main.HttpManagementServerConfigurationProperties;
import org.apache.camel.main.HttpServerConfigurationProperties;
import org.apache.camel.main.MainConfigurationProperties;
import org.edusignconnector.api.AccessControl;
import org.edusignconnector.api.LoginThrottle;
import org.edusignconnector.tenant.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Who may reach the management port's Jolokia (and its other consoles). Bound to a loopback address
 * ({@code camel.management.host}, 127.0.0.1 by default), it is open to this machine, under the access
 * policy {@code jolokia-access.xml}. Bound to anything else, every management path but health and
 * metrics requires the admin's HTTP Basic credentials, {@code CONNECTOR_ADMIN_USER} and
 * {@code CONNECTOR_ADMIN_PASSWORD} from the environment (as for the business API), checked by
 * Camel's own authentication handler of the management server; without them the runtime does not
 * start; failed credentials slow their address down as on the business API ({@link ThrottledBasicAuth}).
 * Camel's {@code camel.management.authentication-enabled} with a
 * {@code basic-properties-file} or a JWT key store is accepted instead, when it covers Jolokia.
 *
 * <p>Runs once camel-main has configured the management server and before it starts: the server
 * builds its routes, authentication handlers included, when it starts.
 */
public final class ManagementAccess {

    static final String REALM = "edusign-connector";
    private static final String DEFAULT_POLICY = "classpath:/jolokia-access.xml";
    private static final Logger LOG = LoggerFactory.getLogger(ManagementAccess.class);

    private final Secrets secrets;

    public ManagementAccess(Secrets secrets) {
        this.secrets = secrets;
    }

    /** Protects the management server, or refuses the configuration with a message naming the property. */
    public void secure(CamelContext context, MainConfigurationProperties configuration) {
        HttpManagementServerConfigurationProperties management = configuration.httpManagementServer();
        List<String> consoles = consoles(management);
        if (!management.isEnabled() || consoles.isEmpty()) {
            return;
        }
        HttpServerConfigurationProperties business = configuration.httpServer();
        if (business.isEnabled() && business.getPort() == management.getPort()) {
            throw refused("camel.management.port (" + management.getPort() + ") is also camel.server.port: Jolokia would be"
                    + " served by the business server, on camel.server.host (" + business.getHost() + "). Give the management"
                    + " server a port of its own");
        }
        if (management.isJolokiaEnabled()) {
            requirePolicy();
        }
        String host = management.getHost();
        if (isLoopback(host)) {
            return;
        }
        ManagementHttpServer server = context.hasService(ManagementHttpServer.class);
        if (server == null) {
            throw refused("no management server to protect on camel.management.host=" + host);
        }
        AuthenticationConfig authentication = server.getConfiguration().getAuthenticationConfig();
        if (authentication.isEnabled()) {
            coveredByCamel(authentication, management);
            return;
        }
        if (management.isAuthenticationEnabled()) {
            throw refused("camel.management.authentication-enabled=true configures nothing without"
                    + " camel.management.basic-properties-file or camel.management.jwt-keystore-type: camel.management.host="
                    + host + " would expose " + String.join(", ", consoles) + " without authentication");
        }
        requireAdmin(authentication, consoles, host);
        LOG.info("Management server on {}:{}: {} require the admin's credentials ({}); health and metrics stay open",
                host, management.getPort(), String.join(", ", consoles), AccessControl.ADMIN_USER);
    }

    /** Puts the admin's HTTP Basic credentials in front of each console; refused when the admin has none. */
    private void requireAdmin(AuthenticationConfig authentication, List<String> consoles, String host) {
        String user = secrets.find(AccessControl.ADMIN_USER);
        String password = secrets.find(AccessControl.ADMIN_PASSWORD);
        if (user == null || password == null) {
            throw refused("camel.management.host=" + host + " exposes " + String.join(", ", consoles) + " beyond this machine:"
                    + " set " + AccessControl.ADMIN_USER + " and " + AccessControl.ADMIN_PASSWORD + " in the environment (the"
                    + " HTTP Basic credentials it will then require), or set camel.management.host to 127.0.0.1");
        }
        AdminOnly admin = new AdminOnly(user, password);
        LoginThrottle throttle = LoginThrottle.forLogins(Clock.systemUTC());
        for (String console : consoles) {
            AuthenticationConfigEntry entry = new AuthenticationConfigEntry();
            entry.setPath(console);
            entry.setAuthenticationProviderFactory(vertx -> admin);
            entry.setAuthenticationHandlerFactory(new AuthenticationConfig.AuthenticationHandlerFactory() {
                @Override
                public <T extends AuthenticationProvider> BasicAuthHandler createAuthenticationHandler(T provider) {
                    return new ThrottledBasicAuth(BasicAuthHandler.create(provider, REALM), throttle);
                }
            });
            authentication.getEntries().add(entry);
        }
        authentication.setEnabled(true);
    }

    /** The paths to protect when exposed: everything the management server serves except health and metrics. */
    private static List<String> consoles(HttpManagementServerConfigurationProperties management) {
        List<String> paths = new ArrayList<>();
        if (management.isJolokiaEnabled()) {
            paths.add(management.getJolokiaPath() + "/*");
        }
        if (management.isInfoEnabled()) {
            paths.add(management.getInfoPath());
        }
        if (management.isDevConsoleEnabled() || management.isUploadEnabled() || management.isDownloadEnabled()
                || management.isSendEnabled()) {
            paths.add("/q/*");
        }
        return paths;
    }

    /** Camel's own authentication (basic properties file, JWT) was configured: it must cover Jolokia. */
    private static void coveredByCamel(AuthenticationConfig authentication, HttpManagementServerConfigurationProperties management) {
        if (!management.isJolokiaEnabled()) {
            return;
        }
        String jolokia = management.getJolokiaPath() + "/";
        boolean covered = authentication.getEntries().stream().map(AuthenticationConfigEntry::getPath)
                .anyMatch(path -> path.endsWith("*") && jolokia.startsWith(path.substring(0, path.length() - 1)));
        if (!covered) {
            throw refused("camel.management.authentication-path does not cover " + management.getJolokiaPath()
                    + ": camel.management.host=" + management.getHost() + " would expose Jolokia without authentication");
        }
    }

    /**
     * Without its policy file Jolokia allows every operation: camel-platform-http-jolokia falls back to
     * "allow all" (with a warning) when the classpath location holds no file.
     */
    private static void requirePolicy() {
        String location = firstSet(System.getProperty("jolokia.policyLocation"), System.getenv("JOLOKIA_POLICY_LOCATION"), DEFAULT_POLICY);
        if (location.startsWith("classpath:") && ManagementAccess.class.getResource(absolute(location.substring("classpath:".length()))) == null) {
            throw refused("no Jolokia access policy at " + location + ": Jolokia would allow every MBean operation"
                    + " (camel.management.jolokia-enabled=true)");
        }
    }

    static boolean isLoopback(String host) {
        try {
            InetAddress[] addresses = InetAddress.getAllByName(host);
            return addresses.length > 0 && Arrays.stream(addresses).allMatch(InetAddress::isLoopbackAddress);
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String firstSet(String... values) {
        return Arrays.stream(values).filter(v -> v != null && !v.isBlank()).findFirst().orElseThrow();
    }

    private static String absolute(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }

    private static IllegalStateException refused(String message) {
        return new IllegalStateException("management server refused: " + message);
    }
}
