package dev.banksync.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.banksync.core.event.TransactionEvent.EventType;
import dev.banksync.core.event.TransactionEvent.TransactionStatus;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The event contract: the example documents checked in under {@code contracts/} are what producers send and
 * consumers read. A change that breaks reading one of them breaks the contract.
 */
class EventContractTest {

    @Test
    void readsAPendingUpsert() {
        TransactionEvent e = EventJson.readTransaction(resource("contracts/transaction-event-upsert-pending.json"));
        assertThat(e.type()).isEqualTo(EventType.UPSERT);
        assertThat(e.status()).isEqualTo(TransactionStatus.PENDING);
        assertThat(e.amountMinor()).isEqualTo(-575L);
        assertThat(e.currency()).isEqualTo("USD");
        assertThat(e.bookingDate()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(e.emittedAt()).isEqualTo(Instant.parse("2026-03-14T18:02:11.250Z"));
        assertThat(e.valueDate()).isNull();
        assertThat(e.replaces()).isNull();
    }

    @Test
    void readsAPostedUpsertThatReplacesItsPendingAndIgnoresUnknownFields() {
        TransactionEvent e = EventJson.readTransaction(
                resource("contracts/transaction-event-upsert-posted-replaces.json"));
        assertThat(e.replaces()).isEqualTo("t_9f2c41");
        assertThat(e.valueDate()).isEqualTo(LocalDate.of(2026, 3, 15));
        assertThat(e.amountMinor()).isEqualTo(-675L);
        assertThat(e.userTimeZone()).isEqualTo("America/Los_Angeles");
        assertThat(e.authorizedAt()).isEqualTo(java.time.Instant.parse("2026-03-14T22:42:17Z"));
        TransactionEvent pending =
                EventJson.readTransaction(resource("contracts/transaction-event-upsert-pending.json"));
        assertThat(pending.userTimeZone()).as("optional").isNull();
        assertThat(pending.authorizedAt()).as("optional").isNull();
    }

    @Test
    void aCorrectedUpsertCarriesTheUsersCategoryAndOthersCarryNone() {
        TransactionEvent corrected = EventJson.readTransaction(
                resource("contracts/transaction-event-upsert-corrected.json"));
        assertThat(corrected.userCategory()).isEqualTo("FOOD_AND_DRINK_COFFEE");
        assertThat(corrected.version()).isEqualTo(3);
        assertThat(EventJson.readTransaction(resource("contracts/transaction-event-upsert-pending.json"))
                .userCategory()).isNull();
    }

    @Test
    void aRemovalNeedsOnlyIdentities() {
        TransactionEvent e = EventJson.readTransaction(resource("contracts/transaction-event-remove.json"));
        assertThat(e.isRemoval()).isTrue();
        assertThat(e.version()).isEqualTo(2);
        assertThat(e.amountMinor()).isNull();
    }

    @Test
    void writingAndReadingIsLossless() throws IOException {
        for (String doc : new String[] {"transaction-event-upsert-pending.json",
                "transaction-event-upsert-posted-replaces.json", "transaction-event-remove.json",
                "transaction-event-upsert-corrected.json"}) {
            TransactionEvent e = EventJson.readTransaction(resource("contracts/" + doc));
            byte[] written = EventJson.write(e);
            assertThat(EventJson.readTransaction(written)).as(doc).isEqualTo(e);
            JsonNode tree = EventJson.mapper().readTree(written);
            assertThat(tree.get("bookingDate") == null || tree.get("bookingDate").isTextual()).isTrue();
            assertThat(tree.get("emittedAt").isTextual()).as("instants are ISO-8601 strings").isTrue();
            assertThat(tree.has("valueDate") || e.valueDate() == null).isTrue();
            assertThat(tree.has("someFutureField")).isFalse();
            assertThat(tree.has("removal")).as("derived, not written").isFalse();
            assertThat(tree.has("userCategory")).as("written only when set").isEqualTo(e.userCategory() != null);
            assertThat(tree.has("userTimeZone")).as("written only when set").isEqualTo(e.userTimeZone() != null);
        }
    }

    @Test
    void alertRoundTrip() {
        AlertEvent a = EventJson.readAlert(resource("contracts/alert-event-unusual-amount.json"));
        assertThat(a.kind()).isEqualTo(AlertEvent.AlertKind.UNUSUAL_AMOUNT);
        assertThat(a.amountMinor()).isEqualTo(-48000L);
        assertThat(EventJson.readAlert(EventJson.write(a))).isEqualTo(a);
    }

    @ParameterizedTest(name = "{0} -> field {1}")
    @CsvSource({
        "missing-amount.json, amountMinor",
        "amount-not-a-number.json, amountMinor",
        "amount-fractional.json, amountMinor",
        "amount-absurd.json, amountMinor",
        "bad-booking-date.json, bookingDate",
        "impossible-booking-date.json, bookingDate",
        "bad-emitted-at.json, emittedAt",
        "bad-currency.json, currency",
        "missing-transaction-id.json, transactionId",
        "unknown-type.json, type",
        "version-zero.json, version",
        "unknown-status.json, status",
        "blank-user.json, userId",
        "bad-user-category.json, userCategory",
        "bad-time-zone.json, userTimeZone",
    })
    void malformedEventsAreRejectedNamingTheField(String file, String field) {
        byte[] doc = resource("contracts/invalid/" + file);
        assertThatThrownBy(() -> EventJson.readTransaction(doc))
                .isInstanceOfSatisfying(InvalidEventException.class, e -> assertThat(e.field()).isEqualTo(field))
                .hasMessageContaining(field);
    }

    @Test
    void anInstantWithAnOffsetIsReadAsTheSameMoment() {
        String json = new String(resource("contracts/invalid/bad-emitted-at.json"),
                java.nio.charset.StandardCharsets.UTF_8).replace("2026-01-01T25:00:00Z", "2026-01-01T09:30:00.5+01:00");

        assertThat(EventJson.readTransaction(json.getBytes(java.nio.charset.StandardCharsets.UTF_8)).emittedAt())
                .isEqualTo(java.time.Instant.parse("2026-01-01T08:30:00.500Z"));
    }

    @Test
    void unreadableJsonIsRejectedWithoutAField() {
        assertThatThrownBy(() -> EventJson.readTransaction(resource("contracts/invalid/truncated.json")))
                .isInstanceOf(InvalidEventException.class);
        assertThatThrownBy(() -> EventJson.readTransaction(new byte[0]))
                .isInstanceOf(InvalidEventException.class).hasMessageContaining("empty");
    }

    private static byte[] resource(String path) {
        try (InputStream in = EventContractTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
