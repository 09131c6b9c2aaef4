package org.edusignconnector.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.awaitility.Awaitility;

/**
 * Debian's headless Chromium driven through chromedriver's W3C WebDriver protocol: a few JSON calls
 * over java.net.http, no Selenium. One browser per instance, with a new empty profile, started with
 * the flags this machine needs (no sandbox as root, no background connections on a closed network).
 * Screenshots go to {@code target/screenshots/}.
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final List<String> FLAGS = List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1280,1100");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final Process driver;
    private final URI base;
    private final Path profile;
    private final String session;

    private HeadlessChromium(Path chromium, Path chromedriver) throws IOException {
        int port = RuntimeHarness.freePort();
        Files.createDirectories(Path.of("target"));
        driver = new ProcessBuilder(chromedriver.toString(), "--port=" + port).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(Path.of("target", "chromedriver.log").toFile())).start();
        base = URI.create("http://127.0.0.1:" + port + "/");
        Awaitility.await("chromedriver ready").atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .ignoreExceptions().until(() -> call("GET", "status", null).path("ready").asBoolean());
        profile = Files.createTempDirectory("chromium-profile");
        List<String> args = new ArrayList<>(FLAGS);
        args.add("--user-data-dir=" + profile);
        Map<String, Object> options = Map.of("binary", chromium.toString(), "args", args);
        Map<String, Object> capabilities = Map.of("alwaysMatch", Map.of("browserName", "chrome", "goog:chromeOptions", options));
        session = call("POST", "session", Map.of("capabilities", capabilities)).path("sessionId").asText();
    }

    /** True when Chromium and chromedriver (Debian packages chromium, chromium-driver) are installed. */
    public static boolean available() {
        return executable("chromium", "chromium-browser").isPresent() && executable("chromedriver").isPresent();
    }

    public static HeadlessChromium start() {
        try {
            return new HeadlessChromium(executable("chromium", "chromium-browser").orElseThrow(),
                    executable("chromedriver").orElseThrow());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void open(String url) {
        call("POST", "session/" + session + "/url", Map.of("url", url));
    }

    /**
     * Lays the page out as on a screen {@code width} CSS pixels wide (a phone: 390), through Chromium's device
     * emulation: a window cannot be made that narrow. {@code mobile} false and the window's size again with 0, 0.
     */
    public void viewport(int width, int height) {
        Map<String, Object> params = width == 0
                ? Map.of()
                : Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", true);
        call("POST", "session/" + session + "/goog/cdp/execute",
                Map.of("cmd", width == 0 ? "Emulation.clearDeviceMetricsOverride" : "Emulation.setDeviceMetricsOverride", "params", params));
    }

    /** Runs a script in the page (its {@code arguments} are {@code args}) and answers what it returns. */
    public JsonNode script(String body, Object... args) {
        return call("POST", "session/" + session + "/execute/sync", Map.of("script", body, "args", List.of(args)));
    }

    /** The text of the page as a person reads it. */
    public String text() {
        return script("return document.body ? document.body.innerText : '';").asText();
    }

    /** The rendered DOM, serialised. */
    public String dom() {
        return script("return document.documentElement.outerHTML;").asText();
    }

    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, Base64.getDecoder().decode(call("GET", "session/" + session + "/screenshot", null).asText()));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            call("DELETE", "session/" + session, null);
        } catch (RuntimeException ignored) {
            // the browser is gone already
        } finally {
            driver.destroy();
            deleteProfile();
        }
    }

    private JsonNode call(String method, String path, Object body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                    .header("Content-Type", "application/json");
            request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body)));
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode value = json.readTree(response.body()).path("value");
            if (response.statusCode() != 200) {
                throw new IllegalStateException("WebDriver " + method + " " + path + ": " + value.path("error").asText()
                        + " " + value.path("message").asText());
            }
            return value;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind
        }
    }

    private static Optional<Path> executable(String... names) {
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : names) {
            for (String dir : (path + ":/usr/bin").split(":")) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
