package dev.banksync.stream.state;

import static dev.banksync.stream.Decisions.as;
import static dev.banksync.stream.TestEvents.txn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.core.event.AlertEvent.AlertKind;
import dev.banksync.stream.FlinkHarnesses;
import dev.banksync.stream.anomaly.AnomalyFunction;
import dev.banksync.stream.anomaly.AnomalySettings;
import dev.banksync.stream.categorise.CategorisedTransaction;
import dev.banksync.stream.recurring.RecurringFunction;
import dev.banksync.stream.recurring.RecurringStreamRow;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;
import org.apache.flink.state.rocksdb.EmbeddedRocksDBStateBackend;
import org.junit.jupiter.api.Test;

/**
 * The heap backend hands state objects around without serialising them; RocksDB, the cluster's backend, serialises
 * every read and write. These run the stateful features on RocksDB across a snapshot and restore, so a state type
 * that does not survive its serializer (or a function that relies on in-place mutation) fails here.
 */
class RocksDbStateTest {

    private static final Duration TTL = Duration.ofDays(400);

    private static CategorisedTransaction grocery(String id, int day, long amount) {
        return as("FOOD_AND_DRINK", txn("u1", id).on(LocalDate.of(2026, 3, 1).plusDays(day)).amount(amount, "EUR")
                .merchant("TESCO STORES").posted());
    }

    private static dev.banksync.stream.TestEvents coffee(String id, String authorizedAt) {
        return txn("u1", id).on(LocalDate.of(2026, 3, 24)).amount(-450, "EUR").merchant("SQ *BLUE BOTTLE #1")
                .authorizedAt(authorizedAt);
    }

    private static long millis(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
    }

    @Test
    void anomalyStateSurvivesSerialisationAndARestore() throws Exception {
        var before = FlinkHarnesses.keyed(new AnomalyFunction(AnomalySettings.DEFAULTS, TTL),
                CategorisedTransaction::userId, null, new EmbeddedRocksDBStateBackend());
        long[] amounts = {-4000, -5200, -4500, -6000, -4800, -5500, -4300, -5000};
        for (int i = 0; i < amounts.length; i++) {
            before.processElement(grocery("g" + i, i * 3, amounts[i]), 0);
        }
        before.processElement(as("FOOD_AND_DRINK", coffee("c1", "2026-03-24T08:00:00Z").posted()), 0);
        before.processElement(as("FOOD_AND_DRINK", txn("u1", "p-big").on(LocalDate.of(2026, 3, 25))
                .amount(-45000, "EUR").merchant("TESCO STORES").pending()), 0);
        assertThat(before.extractOutputValues()).extracting(AlertEvent::kind, AlertEvent::transactionId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertKind.UNUSUAL_AMOUNT, "p-big"));
        OperatorSubtaskState snapshot = before.snapshot(1, 1);
        before.close();

        var after = FlinkHarnesses.keyed(new AnomalyFunction(AnomalySettings.DEFAULTS, TTL),
                CategorisedTransaction::userId, snapshot, new EmbeddedRocksDBStateBackend());
        after.processElement(grocery("big", 25, -40000), 0);
        after.processElement(grocery("big", 25, -40000), 0);
        after.processElement(as("FOOD_AND_DRINK", coffee("c2", "2026-03-24T08:05:00Z").posted()), 0);
        after.processElement(as("FOOD_AND_DRINK", txn("u1", "t-big").on(LocalDate.of(2026, 3, 26))
                .amount(-45000, "EUR").merchant("TESCO STORES").replacing("p-big").posted()), 0);

        // After the restore: the new large payment and the duplicate (the merchant's recent payments came back from
        // RocksDB); the pending's posting inherits the alert the pending had.
        assertThat(after.extractOutputValues()).extracting(AlertEvent::kind, AlertEvent::transactionId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AlertKind.UNUSUAL_AMOUNT, "big"),
                        org.assertj.core.groups.Tuple.tuple(AlertKind.DUPLICATE_CHARGE, "c2"));
        after.close();
    }

    @Test
    void recurringStateAndTimersSurviveARestore() throws Exception {
        var before = FlinkHarnesses.keyed(new RecurringFunction(AnomalySettings.DEFAULTS, TTL),
                CategorisedTransaction::userId, null, new EmbeddedRocksDBStateBackend());
        before.setProcessingTime(millis(LocalDate.of(2026, 3, 11)));
        for (int month = 1; month <= 3; month++) {
            before.processElement(as("ENTERTAINMENT", txn("u1", "n" + month).on(LocalDate.of(2026, month, 10))
                    .amount(-1299, "EUR").merchant("NETFLIX.COM").posted()), 0);
        }
        OperatorSubtaskState snapshot = before.snapshot(1, 1);
        before.close();

        var after = FlinkHarnesses.keyed(new RecurringFunction(AnomalySettings.DEFAULTS, TTL),
                CategorisedTransaction::userId, snapshot, new EmbeddedRocksDBStateBackend());
        after.setProcessingTime(millis(LocalDate.of(2026, 3, 11)));
        after.setProcessingTime(millis(LocalDate.of(2026, 4, 27)));

        assertThat(after.extractOutputValues()).extracting(RecurringStreamRow::status).containsExactly("STOPPED");
        after.close();
    }
}
