package dev.banksync.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.banksync.sandbox.api.BankApiException;
import dev.banksync.sandbox.api.Json;
import dev.banksync.sandbox.api.PlaidJson;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What to answer, and how: at once, after a delay, or not at all (hang for the delay, then drop the connection).
 */
record Reply(int status, Map<String, String> headers, byte[] body, Duration delay, boolean hang) {

    static Reply json(int status, Object value) {
        try {
            return new Reply(status, Map.of(), Json.mapper().writeValueAsBytes(value), Duration.ZERO, false);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write response JSON", e);
        }
    }

    static Reply error(BankApiException e, String requestId) {
        var body = new PlaidJson.ErrorJson(e.error().type(), e.error().code(), e.getMessage(), null, requestId);
        return json(e.status(), body);
    }

    static Reply hang(Duration delay) {
        return new Reply(0, Map.of(), new byte[0], delay, true);
    }

    Reply withHeader(String name, String value) {
        var all = new LinkedHashMap<>(headers);
        all.put(name, value);
        return new Reply(status, Map.copyOf(all), body, delay, hang);
    }

    Reply after(Duration wait) {
        return new Reply(status, headers, body, wait, hang);
    }

    /** The same answer with its JSON cut off halfway, as a broken proxy would deliver it. */
    Reply truncated() {
        byte[] half = Arrays.copyOf(body, body.length / 2);
        return new Reply(status, headers, half, delay, hang);
    }
}
