package org.edusignconnector.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.apache.camel.CamelContext;
import org.apache.camel.ExtendedStartupListener;
import org.apache.camel.component.platform.http.HttpEndpointModel;
import org.apache.camel.component.platform.http.PlatformHttpComponent;
import org.apache.camel.component.platform.http.main.MainHttpServer;
import org.apache.camel.component.platform.http.main.ManagementHttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The start-up list of HTTP endpoints, with the address each server is bound to. Camel 4.18 logs
 * its own list (MainHttpServerUtil) with {@code http://0.0.0.0:PORT} written into the code whatever
 * {@code camel.server.host} and {@code camel.management.host} say: the management port, bound to
 * 127.0.0.1 by default, looked open to the network. Camel's list is turned down to WARN
 * ({@link #quietCamelSummary()}) and this one takes its place.
 */
final class EndpointsSummary implements ExtendedStartupListener {

    private static final Logger LOG = LoggerFactory.getLogger(EndpointsSummary.class);
    static final String CAMEL_SUMMARY_LOGGER = "org.slf4j.simpleLogger.log.org.apache.camel.component.platform.http.main.MainHttpServerUtil";

    /** Before any server starts (slf4j-simple fixes a logger's level when it is created); an explicit -D setting wins. */
    static void quietCamelSummary() {
        if (System.getProperty(CAMEL_SUMMARY_LOGGER) == null) {
            System.setProperty(CAMEL_SUMMARY_LOGGER, "warn");
        }
    }

    @Override
    public void onCamelContextStarted(CamelContext context, boolean alreadyStarted) {
        // the endpoints are known once the routes have started: onCamelContextFullyStarted
    }

    @Override
    public void onCamelContextFullyStarted(CamelContext context, boolean alreadyStarted) {
        PlatformHttpComponent http = context.hasComponent("platform-http") instanceof PlatformHttpComponent c ? c : null;
        if (http == null) {
            return;
        }
        MainHttpServer server = context.hasService(MainHttpServer.class);
        if (server != null) {
            lines("HTTP endpoints", server.getHost(), server.getPort(), http.getHttpEndpoints()).forEach(LOG::info);
        }
        ManagementHttpServer management = context.hasService(ManagementHttpServer.class);
        if (management != null) {
            lines("HTTP management endpoints", management.getHost(), management.getPort(), http.getHttpManagementEndpoints()).forEach(LOG::info);
        }
    }

    /** A title and one line per endpoint: its address (the bound host and port), verbs and media types. */
    static List<String> lines(String title, String host, int port, Set<HttpEndpointModel> endpoints) {
        List<String> lines = new ArrayList<>();
        if (endpoints.isEmpty() || port <= 0) {
            return lines; // port 0 (a one-shot command's API): the bound port is not known here, and nobody calls it
        }
        // Vert.x listens on every interface when no host is given
        String base = "http://" + (host == null || host.isBlank() ? "0.0.0.0" : host) + ":" + port;
        lines.add(title + " (bound to " + base + ")");
        int width = endpoints.stream().mapToInt(e -> e.getUri().length()).max().orElse(0);
        for (HttpEndpointModel e : endpoints) {
            StringBuilder line = new StringBuilder("    ").append(base).append(String.format("%-" + width + "s", e.getUri()));
            if (e.getVerbs() != null) {
                line.append("  (").append(e.getVerbs()).append(')');
            }
            if (e.getProduces() != null) {
                line.append("  (produce:").append(e.getProduces()).append(')');
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }
}
