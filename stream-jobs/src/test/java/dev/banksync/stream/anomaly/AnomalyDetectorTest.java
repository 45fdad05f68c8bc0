package dev.banksync.stream.anomaly;

import static dev.banksync.stream.Decisions.as;
import static dev.banksync.stream.TestEvents.txn;
import static dev.banksync.stream.anomaly.AnomalyPayments.FOOD;
import static dev.banksync.stream.anomaly.AnomalyPayments.START;
import static dev.banksync.stream.anomaly.AnomalyPayments.payment;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.core.event.AlertEvent.AlertKind;
import dev.banksync.core.event.TransactionEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnomalyDetectorTest {

    private final InMemoryAnomalyState state = new InMemoryAnomalyState();
    private AnomalyDetector detector = new AnomalyDetector(AnomalySettings.DEFAULTS);

    private List<AlertEvent> apply(TransactionEvent event) {
        return detector.apply(as(FOOD, event), state);
    }

    private List<AlertEvent> applyAll(List<TransactionEvent> events) {
        List<AlertEvent> alerts = new ArrayList<>();
        events.forEach(e -> alerts.addAll(apply(e)));
        return alerts;
    }

    /** Eight grocery payments of 40 to 60 EUR at Tesco, one every third day. */
    private static List<TransactionEvent> groceries() {
        long[] amounts = {-4000, -5200, -4500, -6000, -4800, -5500, -4300, -5000};
        List<TransactionEvent> events = new ArrayList<>();
        for (int i = 0; i < amounts.length; i++) {
            events.add(payment("g" + i, i * 3, amounts[i], "TESCO STORES").posted());
        }
        return events;
    }

    @Test
    void anAmountFarAboveTheCategorysMedianIsUnusualWithAScoreAndAReason() {
        applyAll(groceries());

        List<AlertEvent> alerts = apply(payment("big", 25, -40000, "TESCO STORES").posted());

        assertThat(alerts).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.UNUSUAL_AMOUNT);
            assertThat(alert.transactionId()).isEqualTo("big");
            assertThat(alert.score()).isGreaterThan(3.5);
            assertThat(alert.reason()).contains("400.00 EUR").contains("Tesco").contains(FOOD);
            assertThat(alert.emittedAt()).isEqualTo(payment("big", 25, -40000, "TESCO STORES").posted().emittedAt());
        });
        assertThat(apply(payment("normal", 26, -6500, "TESCO STORES").posted())).isEmpty();
    }

    @Test
    void lateAndOutOfOrderHistoryGivesTheSameFinding() {
        List<TransactionEvent> shuffled = new ArrayList<>(groceries());
        shuffled.add(payment("big", 2, -40000, "TESCO STORES").posted()); // booked early, arriving last
        Collections.shuffle(shuffled.subList(0, 8), new Random(7));

        List<AlertEvent> alerts = applyAll(shuffled);

        assertThat(alerts).extracting(AlertEvent::kind, AlertEvent::transactionId)
                .containsExactly(org.assertj.core.api.Assertions.tuple(AlertKind.UNUSUAL_AMOUNT, "big"));
    }

    @Test
    void aModificationNeverRepeatsAnAlertButCanRaiseOne() {
        applyAll(groceries());
        apply(payment("n", 24, -5000, "TESCO STORES").posted());
        List<AlertEvent> raised = apply(payment("n", 24, -45000, "TESCO STORES").version(2).posted());
        List<AlertEvent> first = raised;
        List<AlertEvent> modified = apply(payment("n", 24, -47000, "TESCO STORES").version(3).posted());

        assertThat(first).hasSize(1);
        assertThat(modified).isEmpty();
        assertThat(raised).extracting(AlertEvent::kind).containsExactly(AlertKind.UNUSUAL_AMOUNT);
    }

    @Test
    void aRemovalTakesThePaymentOutOfTheHistory() {
        List<TransactionEvent> six = groceries().subList(0, 6);
        applyAll(six);
        apply(txn("u1", "g0").version(2).removed());

        // Five samples are too few to judge (six needed), so even a large amount is not called unusual.
        assertThat(apply(payment("big", 25, -40000, "TESCO STORES").posted())).isEmpty();
    }

    @Test
    void aReplayOfTheSameVersionChangesNothing() {
        applyAll(groceries());
        TransactionEvent big = payment("big", 25, -40000, "TESCO STORES").posted();

        assertThat(apply(big)).hasSize(1);
        assertThat(apply(big)).isEmpty();
    }

    @Test
    void whatAPendingWasAlertedForIsNotAlertedAgainWhenItPosts() {
        applyAll(groceries());
        apply(payment("c1", 24, -1250, "SQ *BLUE BOTTLE #1").authorizedAt("2026-03-25T08:00:00Z").posted());
        List<AlertEvent> pending = new ArrayList<>();
        pending.addAll(apply(payment("p-big", 25, -40000, "TESCO STORES").pending()));
        pending.addAll(apply(payment("p-dup", 24, -1250, "SQ *BLUE BOTTLE #1").authorizedAt("2026-03-25T08:04:00Z")
                .pending()));

        List<AlertEvent> posted = new ArrayList<>();
        posted.addAll(apply(payment("t-big", 26, -40000, "TESCO STORES").replacing("p-big").posted()));
        posted.addAll(apply(payment("t-dup", 25, -1250, "SQ *BLUE BOTTLE #1").authorizedAt("2026-03-25T08:04:00Z")
                .replacing("p-dup").posted()));

        assertThat(pending).extracting(AlertEvent::kind)
                .containsExactly(AlertKind.UNUSUAL_AMOUNT, AlertKind.DUPLICATE_CHARGE);
        assertThat(posted).as("the same payments, settled").isEmpty();
    }

    @Test
    void aLargeFirstPaymentToANewMerchantOnlyOnceTheUserHasHistory() {
        List<TransactionEvent> history = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            history.add(payment("h" + i, i, -2000 - 10L * i, i % 2 == 0 ? "CAFE NERO" : "PRET A MANGER").posted());
        }
        applyAll(history);

        // Another category, so that only the merchant is new (the amount has no category history to be unusual in).
        List<AlertEvent> newShop = detector.apply(
                as("GENERAL_MERCHANDISE", payment("x", 21, -50000, "APPLE STORE").posted()), state);
        List<AlertEvent> smallNewShop = apply(payment("y", 22, -3000, "BOOTS").posted());

        assertThat(newShop).extracting(AlertEvent::kind).containsExactly(AlertKind.LARGE_FIRST_TIME_MERCHANT);
        assertThat(newShop.get(0).reason()).contains("Apple Store").contains("500.00 EUR");
        assertThat(smallNewShop).isEmpty();
    }

    @Test
    void theFirstPaymentInANewCurrencyAfterEnoughHistory() {
        for (int i = 0; i < 20; i++) {
            apply(payment("h" + i, i, -2000, "CAFE NERO").posted());
        }

        List<AlertEvent> dollars = apply(txn("u1", "usd1").on(START.plusDays(21)).amount(-2000, "USD")
                .merchant("CAFE NERO").posted());
        List<AlertEvent> again = apply(txn("u1", "usd2").on(START.plusDays(22)).amount(-2100, "USD")
                .merchant("CAFE NERO").posted());

        assertThat(dollars).extracting(AlertEvent::kind).containsExactly(AlertKind.UNUSUAL_CURRENCY_OR_COUNTRY);
        assertThat(dollars.get(0).reason()).contains("USD").contains("EUR");
        assertThat(again).isEmpty();
    }

    @Test
    void aPaymentMadeInAnotherCurrencyShowsInTheStatementLine() {
        for (int i = 0; i < 20; i++) {
            apply(payment("h" + i, i, -2000, "CAFE NERO").posted());
        }

        List<AlertEvent> abroad = apply(txn("u1", "x").on(START.plusDays(21)).amount(-42878, "EUR")
                .description("PAGO CON TARJETA MARRIOTT HOTELS 7023 463.08 USD 29/11").posted());

        assertThat(abroad).extracting(AlertEvent::kind).contains(AlertKind.UNUSUAL_CURRENCY_OR_COUNTRY);
        assertThat(abroad).filteredOn(a -> a.kind() == AlertKind.UNUSUAL_CURRENCY_OR_COUNTRY)
                .extracting(AlertEvent::reason).singleElement().asString().contains("First payment in USD");
    }

    @Test
    void transfersAndCardBillPaymentsAreNotJudgedBySize() {
        for (int i = 0; i < 20; i++) {
            apply(payment("h" + i, i, -2000, "CAFE NERO").posted());
        }

        assertThat(detector.apply(as("TRANSFER_OUT",
                payment("card", 21, -143365, "PAYMENT TO CITIBANK CARD").posted()), state)).isEmpty();
    }

    @Test
    void aDisabledKindNeverFires() {
        detector = new AnomalyDetector(AnomalySettings.parse("unusual-amount.enabled=false"));
        applyAll(groceries());

        assertThat(apply(payment("big", 25, -40000, "TESCO STORES").posted())).isEmpty();
    }

    @Test
    void theSameFindingHasTheSameIdInAFreshRun() {
        applyAll(groceries());
        AlertEvent first = apply(payment("big", 25, -40000, "TESCO STORES").posted()).get(0);

        InMemoryAnomalyState fresh = new InMemoryAnomalyState();
        groceries().forEach(e -> detector.apply(as(FOOD, e), fresh));
        AlertEvent replayed = detector.apply(as(FOOD, payment("big", 25, -40000, "TESCO STORES").posted()), fresh)
                .get(0);

        assertThat(replayed).isEqualTo(first);
    }
}
