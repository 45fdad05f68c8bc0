package dev.banksync.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.api.security.ApiTokens;
import dev.banksync.core.db.DbSettings;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.json.JsonMapper;

/**
 * The query API on a random port, connected to a test database as the given (API reader) login, with helpers to
 * call it as a user and read its JSON back into the response records.
 */
public final class ApiTestServer implements AutoCloseable {

    @SpringBootApplication(scanBasePackages = "none")
    @Import(QueryApiConfiguration.class)
    static class TestApp {
    }

    private final ConfigurableApplicationContext ctx;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private ApiTestServer(ConfigurableApplicationContext ctx) {
        this.ctx = ctx;
        this.base = "http://localhost:" + ((WebServerApplicationContext) ctx).getWebServer().getPort();
    }

    public static ApiTestServer start(DbSettings login) {
        return new ApiTestServer(new SpringApplicationBuilder(TestApp.class)
                .properties("server.port=0", "spring.datasource.url=" + login.url(),
                        "spring.datasource.username=" + login.user(), "spring.datasource.password=" + login.password(),
                        "spring.flyway.enabled=false")
                .run());
    }

    /** GET {@code pathAndQuery} with a token of {@code userId}, or without any token when it is {@code null}. */
    public HttpResponse<String> get(String pathAndQuery, String userId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(pathAndQuery));
        if (userId != null) {
            request.header("Authorization", "Bearer " + tokens().mint(userId, Duration.ofMinutes(5)));
        }
        return send(request.build());
    }

    /** GET as {@code userId}, asserting 200, and read the body as a list of {@code type}. */
    public <T> List<T> list(String pathAndQuery, String userId, Class<T> type) {
        HttpResponse<String> response = get(pathAndQuery, userId);
        if (response.statusCode() != 200) {
            throw new AssertionError(pathAndQuery + " answered " + response.statusCode() + ": " + response.body());
        }
        JsonMapper json = ctx.getBean(JsonMapper.class);
        return json.readValue(response.body(), json.getTypeFactory().constructCollectionType(List.class, type));
    }

    /** Per-user isolation, as every endpoint must have it: no token is 401, another user's token is 403. */
    public void assertOnlyOwnerMayRead(String pathAndQuery, String owner, String stranger) {
        assertThat(get(pathAndQuery, null).statusCode()).as("no token on " + pathAndQuery).isEqualTo(401);
        assertThat(get(pathAndQuery, stranger).statusCode()).as(stranger + " on " + pathAndQuery).isEqualTo(403);
        assertThat(get(pathAndQuery, owner).statusCode()).as(owner + " on " + pathAndQuery).isEqualTo(200);
    }

    /** A 400 whose problem detail contains each of {@code fragments} (the parameter's name, the bad value). */
    public void assertBadRequest(String pathAndQuery, String userId, String... fragments) {
        HttpResponse<String> response = get(pathAndQuery, userId);
        assertThat(response.statusCode()).as(pathAndQuery + " -> " + response.body()).isEqualTo(400);
        assertThat(response.body()).contains(fragments);
    }

    public URI uri(String pathAndQuery) {
        return URI.create(base + pathAndQuery);
    }

    public ApiTokens tokens() {
        return ctx.getBean(ApiTokens.class);
    }

    public HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted calling " + request.uri(), e);
        }
    }

    @Override
    public void close() {
        ctx.close();
    }
}
