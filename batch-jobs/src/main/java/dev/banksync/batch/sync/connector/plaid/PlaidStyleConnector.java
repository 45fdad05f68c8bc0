package dev.banksync.batch.sync.connector.plaid;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.banksync.batch.sync.connector.ConnectionContext;
import dev.banksync.batch.sync.connector.ConnectorException;
import dev.banksync.batch.sync.connector.ConnectorException.Kind;
import dev.banksync.batch.sync.connector.CursorConnector;
import dev.banksync.batch.sync.connector.SyncPage;
import dev.banksync.batch.sync.connector.plaid.PlaidStyleJson.FieldException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The cursor-sync HTTP connector for Plaid-shaped APIs ({@code POST /transactions/sync} with
 * {@code access_token}, {@code cursor}, {@code count}), of which the sandbox bank is one. java.net.http with a
 * timeout per request, Jackson for the bodies; retries, circuit breaking and rate limiting are added around it
 * by {@code ResilientConnectors}. The request body carries the token, so neither requests nor bodies are logged.
 */
public final class PlaidStyleConnector implements CursorConnector {

    private final String provider;
    private final HttpSettings settings;
    private final HttpClient client;

    public PlaidStyleConnector(String provider, HttpSettings settings) {
        this.provider = provider;
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1).build();
    }

    @Override
    public String provider() {
        return provider;
    }

    @Override
    public SyncPage fetch(ConnectionContext connection, String cursor) {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("access_token", connection.token().reveal());
        request.put("cursor", cursor == null ? "" : cursor);
        request.put("count", settings.pageSize());
        JsonNode body = post("/transactions/sync", request, connection);
        try {
            return SyncResponseMapper.page(body);
        } catch (FieldException e) {
            throw new ConnectorException(Kind.TRANSIENT, provider + " answered a sync page without its paging "
                    + "fields (" + e.getMessage() + ") for " + connection);
        }
    }

    private JsonNode post(String path, Map<String, Object> request, ConnectionContext connection) {
        HttpRequest http;
        try {
            http = HttpRequest.newBuilder(settings.baseUrl().resolve(path))
                    .timeout(settings.requestTimeout())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(PlaidStyleJson.MAPPER.writeValueAsString(request)))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write a request body", e);
        }
        HttpResponse<String> response;
        try {
            response = client.send(http, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new ConnectorException(Kind.TRANSIENT, provider + " did not answer " + path + " within "
                    + settings.requestTimeout().toMillis() + " ms for " + connection, null, e);
        } catch (IOException e) {
            throw new ConnectorException(Kind.TRANSIENT, provider + " " + path + " failed for " + connection + ": "
                    + connection.token().redactFrom(String.valueOf(e.getMessage())), null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConnectorException(Kind.REJECTED, "interrupted while calling " + provider, null, e);
        }
        if (response.statusCode() != 200) {
            throw ProviderErrors.of(connection, response.statusCode(), response.headers(), response.body());
        }
        try {
            return PlaidStyleJson.MAPPER.readTree(response.body());
        } catch (JsonProcessingException e) {
            throw new ConnectorException(Kind.TRANSIENT, provider + " answered " + path + " with malformed JSON for "
                    + connection + " (" + connection.token().redactFrom(e.getOriginalMessage()) + ")");
        }
    }
}
