package dev.banksync.core.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.util.stream.Collectors;

/**
 * JSON (de)serialisation of the event contracts. Reading is strict about what the contract requires (a clear
 * {@link InvalidEventException} naming the field) and tolerant of fields it does not know, so producers can add
 * fields without breaking older consumers.
 */
public final class EventJson {

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .registerModule(IsoTimeDeserializers.module())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);

    /** Readers resolve their root deserializer once (the mapper would look it up on every call). */
    private static final ObjectReader TRANSACTION_READER = MAPPER.readerFor(TransactionEvent.class);
    private static final ObjectReader ALERT_READER = MAPPER.readerFor(AlertEvent.class);

    private EventJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static byte[] write(Object event) {
        try {
            return MAPPER.writeValueAsBytes(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }

    public static String writeString(Object event) {
        try {
            return MAPPER.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise " + event.getClass().getSimpleName(), e);
        }
    }

    public static TransactionEvent readTransaction(byte[] json) {
        return read(json, TransactionEvent.class, TRANSACTION_READER);
    }

    public static AlertEvent readAlert(byte[] json) {
        return read(json, AlertEvent.class, ALERT_READER);
    }

    private static <T> T read(byte[] json, Class<T> type, ObjectReader reader) {
        if (json == null || json.length == 0) {
            throw new InvalidEventException(null, "empty " + type.getSimpleName() + " document");
        }
        try {
            return reader.readValue(json);
        } catch (ValueInstantiationException e) {
            if (e.getCause() instanceof InvalidEventException invalid) {
                throw invalid;
            }
            throw new InvalidEventException(path(e), e.getOriginalMessage(), e);
        } catch (JsonMappingException e) {
            throw new InvalidEventException(path(e), e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new InvalidEventException(null, "not valid JSON: " + e.getMessage(), e);
        }
    }

    private static String path(JsonMappingException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining("."));
        if (path.isEmpty()) {
            // "Missing required creator property 'x'" has no path; the property name is in the message.
            var m = java.util.regex.Pattern.compile("property '([^']+)'").matcher(e.getOriginalMessage());
            return m.find() ? m.group(1) : null;
        }
        return path;
    }
}
