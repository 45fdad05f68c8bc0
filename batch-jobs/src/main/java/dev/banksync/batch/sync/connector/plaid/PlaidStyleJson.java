package dev.banksync.batch.sync.connector.plaid;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.core.money.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Reading fields of Plaid-shaped JSON: numbers as exact decimals, dates as ISO dates, and a
 * {@link FieldException} naming the field when one is missing or malformed.
 */
final class PlaidStyleJson {

    static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

    /** A field that is missing or cannot be read. */
    static final class FieldException extends RuntimeException {
        final String field;

        FieldException(String field, String reason) {
            super(field + ": " + reason);
            this.field = field;
        }
    }

    private PlaidStyleJson() {
    }

    static String requiredText(JsonNode node, String field) {
        String value = optionalText(node, field);
        if (value == null || value.isBlank()) {
            throw new FieldException(field, "is missing");
        }
        return value;
    }

    static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new FieldException(field, "is not a string");
        }
        return value.asText();
    }

    static boolean requiredBoolean(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isBoolean()) {
            throw new FieldException(field, value == null || value.isNull() ? "is missing" : "is not true/false");
        }
        return value.booleanValue();
    }

    static LocalDate requiredDate(JsonNode node, String field) {
        return date(field, requiredText(node, field));
    }

    static LocalDate optionalDate(JsonNode node, String field) {
        String text = optionalText(node, field);
        return text == null ? null : date(field, text);
    }

    /** An ISO-8601 instant with its offset ({@code 2026-03-01T08:15:00Z}, {@code …+01:00}), or null when absent. */
    static Instant optionalInstant(JsonNode node, String field) {
        String text = optionalText(node, field);
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new FieldException(field, "'" + text + "' is not an ISO-8601 date-time with an offset");
        }
    }

    /** A Plaid amount (money out positive) in banksync's sign (money out negative), exact to the minor unit. */
    static Money banksyncAmount(JsonNode node, String field, String currency) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new FieldException(field, "is missing");
        }
        if (!value.isNumber()) {
            throw new FieldException(field, "is not a number");
        }
        BigDecimal plaid = value.decimalValue();
        Money amount;
        try {
            amount = Money.of(plaid.negate(), Money.currency(currency));
        } catch (IllegalArgumentException e) {
            throw new FieldException(field, e.getMessage());
        }
        if (Math.abs((double) amount.minorUnits()) > TransactionEvent.MAX_AMOUNT_MINOR) {
            throw new FieldException(field, "magnitude above " + TransactionEvent.MAX_AMOUNT_MINOR
                    + " minor units: " + plaid.toPlainString());
        }
        return amount;
    }

    /** The ISO currency; an unofficial one (crypto, loyalty points) cannot be held as Money. */
    static String currency(JsonNode node) {
        String iso = optionalText(node, "iso_currency_code");
        if (iso != null) {
            try {
                return Money.currency(iso).getCurrencyCode();
            } catch (IllegalArgumentException e) {
                throw new FieldException("iso_currency_code", e.getMessage());
            }
        }
        String unofficial = optionalText(node, "unofficial_currency_code");
        throw new FieldException("iso_currency_code", unofficial == null ? "is missing"
                : "is missing; unofficial currency '" + unofficial + "' is not supported");
    }

    private static LocalDate date(String field, String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new FieldException(field, "'" + text + "' is not an ISO date (yyyy-mm-dd)");
        }
    }
}
