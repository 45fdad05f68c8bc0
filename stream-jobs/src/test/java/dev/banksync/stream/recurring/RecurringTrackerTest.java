package dev.banksync.stream.recurring;

import static dev.banksync.stream.Decisions.as;
import static dev.banksync.stream.TestEvents.txn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.core.event.AlertEvent.AlertKind;
import dev.banksync.core.event.TransactionEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecurringTrackerTest {

    private static final LocalDate TODAY = LocalDate.parse("2026-04-20");

    private final InMemoryRecurringState state = new InMemoryRecurringState();
    private final RecurringTracker tracker = new RecurringTracker(true, 5.0);

    private static TransactionEvent netflix(String id, String date, long amount) {
        return txn("u1", id).on(date).amount(amount, "EUR").merchant("NETFLIX.COM").posted();
    }

    private RecurringTracker.Changes apply(TransactionEvent event) {
        return tracker.apply(as("ENTERTAINMENT", event), TODAY, state);
    }

    private List<RecurringStreamRow> rows(TransactionEvent... events) {
        List<RecurringStreamRow> rows = new ArrayList<>();
        for (TransactionEvent e : events) {
            rows.addAll(apply(e).rows());
        }
        return rows;
    }

    @Test
    void aStreamIsReportedFromItsThirdOccurrenceAndMaturesAtTheFourth() {
        List<RecurringStreamRow> rows = rows(netflix("n1", "2026-01-10", -1299), netflix("n2", "2026-02-10", -1299),
                netflix("n3", "2026-03-10", -1299), netflix("n4", "2026-04-10", -1299));

        assertThat(rows).extracting(RecurringStreamRow::status).containsExactly("EARLY", "MATURE");
        RecurringStreamRow last = rows.get(1);
        assertThat(last.streamId()).isEqualTo("OUTFLOW:NETFLIX:EUR");
        assertThat(last.merchant()).isEqualTo("Netflix");
        assertThat(last.category()).isEqualTo("ENTERTAINMENT");
        assertThat(last.frequency()).isEqualTo("MONTHLY");
        assertThat(last.predictedNextDate()).isEqualTo(LocalDate.parse("2026-05-10"));
    }

    @Test
    void lateOccurrencesLandByBookingDate() {
        List<RecurringStreamRow> rows = rows(netflix("n4", "2026-04-10", -1299), netflix("n2", "2026-02-10", -1299),
                netflix("n1", "2026-01-10", -1299), netflix("n3", "2026-03-10", -1299));

        assertThat(rows).last().extracting(RecurringStreamRow::status, RecurringStreamRow::lastDate,
                RecurringStreamRow::occurrences).containsExactly("MATURE", LocalDate.parse("2026-04-10"), 4);
    }

    @Test
    void aRemovalThatBreaksTheStreamDeletesItsRow() {
        rows(netflix("n1", "2026-02-10", -1299), netflix("n2", "2026-03-10", -1299),
                netflix("n3", "2026-04-10", -1299));

        List<RecurringStreamRow> rows = apply(txn("u1", "n2").version(2).removed()).rows();

        assertThat(rows).singleElement().extracting(RecurringStreamRow::active).isEqualTo(false);
        assertThat(apply(txn("u1", "n2").version(2).removed()).rows()).isEmpty(); // replay
    }

    @Test
    void aModificationMovesTheOccurrenceAndAPendingIsReplacedByItsPosted() {
        rows(netflix("n1", "2026-02-10", -1299), netflix("n2", "2026-03-10", -1299));
        apply(txn("u1", "p3").on("2026-04-09").amount(-1299, "EUR").merchant("NETFLIX.COM").pending());
        List<RecurringStreamRow> posted = apply(txn("u1", "n3").on("2026-04-10").amount(-1299, "EUR")
                .merchant("NETFLIX.COM").replacing("p3").posted()).rows();

        assertThat(posted).last().extracting(RecurringStreamRow::occurrences, RecurringStreamRow::lastDate)
                .containsExactly(3, LocalDate.parse("2026-04-10"));
    }

    @Test
    void aHigherLatestPaymentOfALiveStreamIsAPriceIncreaseOnce() {
        rows(netflix("n1", "2026-01-10", -1299), netflix("n2", "2026-02-10", -1299),
                netflix("n3", "2026-03-10", -1299));

        List<AlertEvent> alerts = apply(netflix("n4", "2026-04-10", -1499)).alerts();
        List<AlertEvent> modified = apply(txn("u1", "n4").version(2).on("2026-04-10").amount(-1549, "EUR")
                .merchant("NETFLIX.COM").posted()).alerts();

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.SUBSCRIPTION_PRICE_INCREASE);
            assertThat(alert.reason()).contains("12.99 EUR").contains("14.99 EUR").contains("monthly Netflix");
        });
        assertThat(modified).isEmpty();
    }

    @Test
    void aPriceIncreaseAlertedOnThePendingIsNotAlertedAgainWhenItPosts() {
        rows(netflix("n1", "2026-01-10", -1299), netflix("n2", "2026-02-10", -1299),
                netflix("n3", "2026-03-10", -1299));

        List<AlertEvent> pending = apply(txn("u1", "p4").on("2026-04-09").amount(-1499, "EUR")
                .merchant("NETFLIX.COM").pending()).alerts();
        List<AlertEvent> posted = apply(txn("u1", "n4").on("2026-04-10").amount(-1499, "EUR")
                .merchant("NETFLIX.COM").replacing("p4").posted()).alerts();

        assertThat(pending).extracting(AlertEvent::kind).containsExactly(AlertKind.SUBSCRIPTION_PRICE_INCREASE);
        assertThat(posted).as("the same payment, settled").isEmpty();
    }

    @Test
    void aSmallIncreaseOrAnInflowIsNoPriceAlert() {
        rows(netflix("n1", "2026-01-10", -1299), netflix("n2", "2026-02-10", -1299),
                netflix("n3", "2026-03-10", -1299));

        assertThat(apply(netflix("n4", "2026-04-10", -1320)).alerts()).isEmpty();
    }

    @Test
    void refreshStopsAStreamWhenTimePassesWithoutPayments() {
        rows(netflix("n1", "2026-01-10", -1299), netflix("n2", "2026-02-10", -1299),
                netflix("n3", "2026-03-10", -1299));

        assertThat(tracker.refresh("u1", TODAY, state)).isEmpty();
        assertThat(tracker.refresh("u1", LocalDate.parse("2026-04-26"), state)).singleElement()
                .extracting(RecurringStreamRow::status).isEqualTo("STOPPED");
    }
}
