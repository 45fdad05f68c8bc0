package dev.banksync.stream.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.event.EventJson;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.FlinkHarnesses;
import dev.banksync.stream.TestEvents;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.flink.streaming.runtime.streamrecord.StreamRecord;
import org.junit.jupiter.api.Test;

class ParseTransactionEventTest {

    @Test
    void validEventsPassAndUnreadableOnesBecomeDeadLettersNamingTheField() throws Exception {
        var harness = FlinkHarnesses.of(new ParseTransactionEvent());
        harness.setProcessingTime(Instant.parse("2026-03-21T08:00:00Z").toEpochMilli());
        TransactionEvent valid = TestEvents.txn("u1", "t1").posted();
        String missingAmount = EventJson.writeString(valid).replace("\"amountMinor\":-1000,", "");

        harness.processElement(EventJson.write(valid), 0);
        harness.processElement(missingAmount.getBytes(StandardCharsets.UTF_8), 0);
        harness.processElement("{not json".getBytes(StandardCharsets.UTF_8), 0);
        harness.processElement(new byte[0], 0);

        assertThat(harness.extractOutputValues()).containsExactly(valid);
        var deadLetters = harness.getSideOutput(ParseTransactionEvent.DEAD_LETTERS).stream()
                .map(StreamRecord::getValue).toList();
        assertThat(deadLetters).hasSize(3);
        assertThat(deadLetters.get(0).field()).isEqualTo("amountMinor");
        assertThat(deadLetters.get(0).reason()).contains("amountMinor");
        assertThat(deadLetters.get(0).rawValue()).isEqualTo(missingAmount);
        assertThat(deadLetters.get(0).failedAt()).isEqualTo(Instant.parse("2026-03-21T08:00:00Z"));
        assertThat(deadLetters.get(1).field()).isNull();
        assertThat(deadLetters.get(1).reason()).contains("not valid JSON");
        assertThat(deadLetters.get(2).reason()).contains("empty");
        harness.close();
    }

    @Test
    void aDeadLetterIsPublishedAsAJsonDocumentWithItsFourFields() throws Exception {
        var letter = new DeadLetter("field 'currency': 'EURO' is not an ISO-4217 code", "currency", "{\"x\":1}",
                Instant.parse("2026-03-21T08:00:00Z"));

        var json = EventJson.mapper().readTree(new DeadLetterJson().serialize(letter));

        assertThat(json.get("reason").asText()).isEqualTo(letter.reason());
        assertThat(json.get("field").asText()).isEqualTo("currency");
        assertThat(json.get("rawValue").asText()).isEqualTo("{\"x\":1}");
        assertThat(json.get("failedAt").asText()).isEqualTo("2026-03-21T08:00:00Z");
    }
}
