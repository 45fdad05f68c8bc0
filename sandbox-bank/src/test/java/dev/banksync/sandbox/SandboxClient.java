package dev.banksync.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import dev.banksync.sandbox.api.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A minimal JSON client for the sandbox's HTTP API, as a connector would use it. */
final class SandboxClient {

    record Response(int status, HttpHeaders headers, String body) {

        JsonNode json() {
            try {
                return Json.mapper().readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("response is not JSON: " + body, e);
            }
        }
    }

    private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(20);

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SandboxClient(URI base) {
        this.base = base;
    }

    Response post(String path, Object body) throws IOException, InterruptedException {
        return post(path, body, DEFAULT_TIMEOUT);
    }

    Response post(String path, Object body, Duration timeout) throws IOException, InterruptedException {
        byte[] json = Json.mapper().writeValueAsBytes(body);
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json)).build());
    }

    Response get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(DEFAULT_TIMEOUT).GET().build());
    }

    Response delete(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(DEFAULT_TIMEOUT).DELETE().build());
    }

    private Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(r.statusCode(), r.headers(), r.body());
    }
}
