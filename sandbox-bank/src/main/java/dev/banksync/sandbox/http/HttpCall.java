package dev.banksync.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import dev.banksync.sandbox.api.BankApiException;
import dev.banksync.sandbox.api.BankError;
import dev.banksync.sandbox.api.Json;
import dev.banksync.sandbox.random.Seeds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** One HTTP request, read fully: method, path, query parameters and body. */
record HttpCall(String method, String path, Map<String, String> query, byte[] body) {

    /** Requests larger than this are refused; no sandbox request comes near it. */
    private static final int MAX_BODY = 1 << 20;

    static HttpCall read(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY + 1);
        }
        if (body.length > MAX_BODY) {
            throw new BankApiException(BankError.INVALID_BODY, "request body is larger than " + MAX_BODY + " bytes");
        }
        return new HttpCall(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                parseQuery(exchange.getRequestURI().getRawQuery()), body);
    }

    /** The body as a JSON object; an empty body counts as {}. */
    ObjectNode jsonObject() {
        if (body.length == 0) {
            return Json.mapper().createObjectNode();
        }
        JsonNode node;
        try {
            node = Json.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw new BankApiException(BankError.INVALID_BODY, "request body is not valid JSON: "
                    + e.getOriginalMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (!(node instanceof ObjectNode object)) {
            throw new BankApiException(BankError.INVALID_BODY, "request body must be a JSON object");
        }
        return object;
    }

    /** A request id that is the same for the same request on the same simulated day (responses stay replayable). */
    String requestId(long seed, int day) {
        return String.format("%016x", Seeds.of(seed, day, path.hashCode(), Arrays.hashCode(body)));
    }

    private static Map<String, String> parseQuery(String raw) {
        Map<String, String> query = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return query;
        }
        for (String pair : raw.split("&")) {
            String[] kv = pair.split("=", 2);
            query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8),
                    kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
        }
        return query;
    }
}
