package org.edusignconnector.hawtio;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.jetty.ee10.webapp.WebAppContext;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ContextHandler;
import org.eclipse.jetty.server.handler.ContextHandlerCollection;

/**
 * Hawtio 4 (the hawtio-default WAR on embedded Jetty 12) in a process of its own, already connected
 * to the runtime's Jolokia: {@code mvn -q test-compile exec:java@hawtio}, then open
 * {@code http://localhost:8090/}. Options: {@code --port 8090}, {@code --jolokia
 * http://127.0.0.1:9876/observe/jolokia}, {@code --war target/hawtio/hawtio.war} (or the system
 * properties {@code hawtio.port}, {@code hawtio.jolokia}, {@code hawtio.war}).
 *
 * <p>The console is never loaded into the runtime, nor next to its libraries: {@link #main} starts a
 * new JVM whose class path holds Jetty, the servlet API and SLF4J only (the WAR brings its own
 * Jolokia and Jackson), and that JVM runs {@link #serve}. Local use only: it listens on 127.0.0.1,
 * authentication is off, and its proxy reaches loopback addresses only.
 */
public final class HawtioLauncher {

    public static final int DEFAULT_PORT = 8090;
    public static final String DEFAULT_JOLOKIA = "http://127.0.0.1:9876/observe/jolokia";
    public static final String DEFAULT_WAR = "target/hawtio/hawtio.war";
    private static final String SERVE = "--serve";

    private HawtioLauncher() {
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (Arrays.asList(args).contains(SERVE)) {
            serve(options).join();
            return;
        }
        Process hawtio = new ProcessBuilder(command(options)).inheritIO().start();
        Runtime.getRuntime().addShutdownHook(new Thread(hawtio::destroy));
        System.exit(hawtio.waitFor());
    }

    /** The command line of a Hawtio JVM (Jetty, servlet API and SLF4J on its class path, nothing else). */
    public static List<String> command(Options options) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx384m");
        command.add("-Dslf4j.internal.verbosity=ERROR");
        command.add("-cp");
        command.add(String.join(File.pathSeparator, ConsoleClassPath.entries()));
        command.add(HawtioLauncher.class.getName());
        command.addAll(List.of(SERVE, "--port", String.valueOf(options.port()), "--jolokia", options.jolokia().toString(),
                "--war", options.war().toAbsolutePath().toString()));
        return command;
    }

    /** Starts Jetty in this JVM: the console under /hawtio/, and at / a page that connects it to the runtime. */
    static Server serve(Options options) throws Exception {
        if (!Files.isRegularFile(options.war())) {
            throw new IllegalArgumentException("no Hawtio WAR at " + options.war().toAbsolutePath()
                    + " (mvn test-compile copies it there)");
        }
        URI jolokia = options.jolokia();
        System.setProperty("hawtio.authenticationEnabled", "false");
        System.setProperty("hawtio.disableProxy", "false");
        System.setProperty("hawtio.localAddressProbing", "false");
        System.setProperty("hawtio.proxyAllowlist", "localhost,127.0.0.1," + jolokia.getHost().toLowerCase(Locale.ROOT));

        WebAppContext console = new WebAppContext();
        console.setContextPath("/hawtio");
        console.setWar(options.war().toAbsolutePath().toString());
        console.setTempDirectory(Files.createTempDirectory("hawtio-webapp").toFile());
        console.setThrowUnavailableOnStartupException(true);
        ContextHandler connect = new ContextHandler(new ConnectPage(jolokia), "/");

        Server server = new Server(new InetSocketAddress("127.0.0.1", options.port()));
        server.setHandler(new ContextHandlerCollection(console, connect));
        server.setStopAtShutdown(true);
        server.start();
        System.out.println();
        System.out.println("Hawtio: http://localhost:" + options.port() + "/  (opens the Camel routes of the runtime at " + jolokia + ")");
        if (!answers(jolokia)) {
            System.out.println("        " + jolokia + " does not answer yet: start the runtime with camel.management.enabled=true,");
            System.out.println("        camel.management.jolokia-enabled=true and camel.management.port=" + jolokia.getPort()
                    + " (see docs/hawtio.md).");
        }
        System.out.println();
        return server;
    }

    private static boolean answers(URI jolokia) {
        try {
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest version = HttpRequest.newBuilder(URI.create(jolokia + "/version")).timeout(Duration.ofSeconds(5)).build();
            return http.send(version, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Port, Jolokia URL and WAR of a launch. */
    public record Options(int port, URI jolokia, Path war) {

        static Options parse(String... args) {
            int port = Integer.getInteger("hawtio.port", DEFAULT_PORT);
            URI jolokia = URI.create(System.getProperty("hawtio.jolokia", DEFAULT_JOLOKIA));
            Path war = Path.of(System.getProperty("hawtio.war", DEFAULT_WAR));
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--port" -> port = Integer.parseInt(args[++i]);
                    case "--jolokia" -> jolokia = URI.create(args[++i]);
                    case "--war" -> war = Path.of(args[++i]);
                    case SERVE -> { }
                    default -> throw new IllegalArgumentException("unknown option " + args[i]
                            + " (options: --port N, --jolokia URL, --war FILE)");
                }
            }
            return new Options(port, jolokia, war);
        }
    }
}
