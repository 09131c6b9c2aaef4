package org.edusignconnector.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.edusignconnector.testing.RuntimeHarness;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The runtime serves the events page from the class path at /ui/, each file with its type; nothing else. */
class UiRouteTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static RuntimeHarness runtime;

    @BeforeAll
    static void start() {
        runtime = RuntimeHarness.create().start();
    }

    @AfterAll
    static void stop() {
        runtime.close();
    }

    @Test
    void thePageAndItsFilesAreServedWithTheirContentType() throws Exception {
        HttpResponse<String> page = get("/ui/");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("script-src 'self'");
        assertThat(page.body()).contains("<script src=\"app.js\"");

        assertThat(get("/ui/index.html").body()).isEqualTo(page.body());
        assertThat(get("/ui/app.js").headers().firstValue("Content-Type")).hasValue("text/javascript; charset=utf-8");
        assertThat(get("/ui/app.css").headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
    }

    @Test
    void uiWithoutItsSlashRedirectsToThePage() throws Exception {
        HttpResponse<String> answer = get("/ui");
        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(URI.create("http://host/ui").resolve(answer.headers().firstValue("Location").orElseThrow()).getPath())
                .isEqualTo("/ui/");
    }

    @Test
    void onlyPlainFileNamesOfTheUiFolderAreServed() throws Exception {
        assertThat(get("/ui/missing.js").statusCode()).isEqualTo(404);
        assertThat(get("/ui/%2e%2e/application.properties").statusCode()).isEqualTo(404);
        assertThat(get("/ui/..%2F..%2Fapplication.properties").statusCode()).isEqualTo(404);
        assertThat(get("/ui/sub/app.js").statusCode()).isEqualTo(404);
        assertThat(get("/ui/App.JS").statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> get(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + runtime.httpPort() + path)).header("Authorization", "Bearer " + RuntimeHarness.ADMIN_TOKEN).build();
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
