package dev.banksync.core.event;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Function;

/**
 * Readers for the contract's dates ({@code 2026-03-01}) and instants ({@code 2026-03-01T08:00:00.123Z}) that parse
 * those canonical forms directly; anything else (offsets, other shapes, invalid values) goes to
 * jackson-datatype-jsr310's own deserializers, which also word the errors. Why: {@code java.time}'s formatters are
 * general and slow — parsing the two instants and the date of a {@link TransactionEvent} was over half of reading
 * one, and the stream job reads every event once.
 */
final class IsoTimeDeserializers {

    private IsoTimeDeserializers() {
    }

    static SimpleModule module() {
        SimpleModule module = new SimpleModule("banksync-iso-time");
        module.addDeserializer(Instant.class,
                new CanonicalFirst<>(Instant.class, IsoTimeDeserializers::parseInstant, InstantDeserializer.INSTANT));
        module.addDeserializer(LocalDate.class, new CanonicalFirst<>(LocalDate.class,
                IsoTimeDeserializers::parseLocalDate, LocalDateDeserializer.INSTANCE));
        return module;
    }

    /** {@code yyyy-MM-ddTHH:mm:ss[.fraction]Z} as an instant, or null for any other text. */
    static Instant parseInstant(String text) {
        int length = text.length();
        if (length < 20 || text.charAt(10) != 'T' || text.charAt(13) != ':' || text.charAt(16) != ':'
                || text.charAt(length - 1) != 'Z') {
            return null;
        }
        LocalDate date = parseDate(text, 0);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if (date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return null;
        }
        int nanos = 0;
        if (length > 20) {
            int fractionDigits = length - 21;
            if (text.charAt(19) != '.' || fractionDigits < 1 || fractionDigits > 9) {
                return null;
            }
            nanos = digits(text, 20, fractionDigits);
            if (nanos < 0) {
                return null;
            }
            for (int i = fractionDigits; i < 9; i++) {
                nanos *= 10;
            }
        } else if (text.charAt(19) != 'Z') {
            return null;
        }
        long seconds = date.toEpochDay() * 86_400L + hour * 3_600L + minute * 60L + second;
        return Instant.ofEpochSecond(seconds, nanos);
    }

    /** {@code yyyy-MM-dd} as a date, or null for any other text. */
    static LocalDate parseLocalDate(String text) {
        return text.length() == 10 ? parseDate(text, 0) : null;
    }

    private static LocalDate parseDate(String text, int at) {
        if (text.charAt(at + 4) != '-' || text.charAt(at + 7) != '-') {
            return null;
        }
        int year = digits(text, at, 4);
        int month = digits(text, at + 5, 2);
        int day = digits(text, at + 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null; // e.g. 2026-02-30: the standard deserializer says what is wrong with it
        }
    }

    /** The decimal number in {@code text[at, at + count)}, or -1 unless every character is an ASCII digit. */
    private static int digits(String text, int at, int count) {
        int value = 0;
        for (int i = at; i < at + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** The canonical form through {@code canonical}; anything else, or a non-string, through {@code standard}. */
    private static final class CanonicalFirst<T> extends StdScalarDeserializer<T> {

        private final Function<String, T> canonical;
        private final JsonDeserializer<T> standard;

        CanonicalFirst(Class<T> type, Function<String, T> canonical, JsonDeserializer<T> standard) {
            super(type);
            this.canonical = canonical;
            this.standard = standard;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.hasToken(JsonToken.VALUE_STRING)) {
                T parsed = canonical.apply(p.getText());
                if (parsed != null) {
                    return parsed;
                }
            }
            return standard.deserialize(p, ctxt);
        }
    }
}
