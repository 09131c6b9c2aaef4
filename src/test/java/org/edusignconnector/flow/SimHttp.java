package org.edusignconnector.flow;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** A call to the Edusign simulator as another client would make it (a school's admin, another connector). */
final class SimHttp {

    private SimHttp() {
    }

    static String call(String baseUrl, String apiKey, String method, String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Authorization", "Bearer " + apiKey)
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
        assertThat(body).contains("success");
        return body;
    }
}
