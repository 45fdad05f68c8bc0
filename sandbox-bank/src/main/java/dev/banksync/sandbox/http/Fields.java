package dev.banksync.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.banksync.sandbox.api.BankApiException;
import dev.banksync.sandbox.api.BankError;

/** Typed reads of request fields; every error names the field. */
final class Fields {

    private Fields() {
    }

    static String requiredText(JsonNode body, String field) {
        String value = optionalText(body, field);
        if (value == null || value.isEmpty()) {
            throw new BankApiException(BankError.MISSING_FIELDS, "the following required fields are missing: " + field);
        }
        return value;
    }

    static String optionalText(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isTextual()) {
            throw new BankApiException(BankError.INVALID_FIELD, "'" + field + "' must be a string");
        }
        return node.asText();
    }

    static Integer optionalInt(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            throw new BankApiException(BankError.INVALID_FIELD, "'" + field + "' must be an integer");
        }
        return node.intValue();
    }

    static Double optionalNumber(JsonNode body, String field) {
        JsonNode node = body.get(field);
        if (node == null || node.isNull()) {
            return null;
        }
        if (!node.isNumber()) {
            throw new BankApiException(BankError.INVALID_FIELD, "'" + field + "' must be a number");
        }
        return node.doubleValue();
    }

    /** An integer query parameter, or the default when absent. */
    static int queryInt(HttpCall call, String name, int defaultValue) {
        String value = call.query().get(name);
        if (value == null || value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new BankApiException(BankError.INVALID_FIELD, "query parameter '" + name + "' must be an integer");
        }
    }
}
