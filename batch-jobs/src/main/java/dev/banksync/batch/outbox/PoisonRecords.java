package dev.banksync.batch.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.common.InvalidRecordException;
import org.apache.kafka.common.errors.InvalidTopicException;
import org.apache.kafka.common.errors.RecordBatchTooLargeException;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Which send failures are the record's own fault, so that retrying it can never succeed and it must not hold up
 * the rows behind it: too large for the producer or broker, an invalid topic name, a record the broker refuses.
 * Outages, timeouts and authorisation errors are not: they hit every row alike, and the rows wait instead.
 */
final class PoisonRecords {

    /** How much of a dead row's payload its dead-letter notice carries: the notice itself must fit. */
    static final int PAYLOAD_EXCERPT = 500;

    private static final ObjectMapper JSON = new ObjectMapper();

    private PoisonRecords() {
    }

    static boolean isPoison(Throwable cause) {
        return cause instanceof RecordTooLargeException || cause instanceof RecordBatchTooLargeException
                || cause instanceof InvalidTopicException || cause instanceof InvalidRecordException
                || cause instanceof SerializationException;
    }

    static String reason(Throwable cause, int payloadChars) {
        return cause.getClass().getSimpleName() + ": " + cause.getMessage() + " (payload of " + payloadChars
                + " characters)";
    }

    /**
     * The notice on the dead-letter topic, in the fields the stream job's dead letters use ({@code reason},
     * {@code field}, {@code rawValue}, {@code failedAt}) plus the outbox id to find the full row by.
     */
    static String deadLetterJson(long outboxId, String reason, String payload, Instant failedAt) {
        Map<String, Object> notice = new LinkedHashMap<>();
        notice.put("reason", "outbox row " + outboxId + " set aside by the relay: " + reason);
        notice.put("field", null);
        notice.put("rawValue", payload.length() <= PAYLOAD_EXCERPT ? payload
                : payload.substring(0, PAYLOAD_EXCERPT) + "…");
        notice.put("failedAt", failedAt.toString());
        notice.put("outboxId", outboxId);
        try {
            return JSON.writeValueAsString(notice);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("could not write a dead-letter notice", e);
        }
    }
}
