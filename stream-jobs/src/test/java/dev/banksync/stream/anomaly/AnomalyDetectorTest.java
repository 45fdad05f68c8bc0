package dev.banksync.stream.anomaly;

import static dev.banksync.stream.Decisions.as;
import static dev.banksync.stream.TestEvents.txn;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.core.event.AlertEvent.AlertKind;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.TestEvents;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AnomalyDetectorTest {

    private static final LocalDate START = LocalDate.of(2026, 3, 1);
    private static final String FOOD = "FOOD_AND_DRINK";

    private final InMemoryAnomalyState state = new InMemoryAnomalyState();
    private AnomalyDetector detector = new AnomalyDetector(AnomalySettings.DEFAULTS);

    private static TestEvents payment(String id, int day, long amount, String merchant) {
        return txn("u1", id).on(START.plusDays(day)).amount(amount, "EUR").merchant(merchant)
                .emittedAt(START.plusDays(day).atStartOfDay().plusHours(12).toInstant(java.time.ZoneOffset.UTC)
                        .toString());
    }

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
    void theSameChargeTwiceWithinTheWindowIsADuplicateButNotTwoHoursApart() {
        apply(payment("c1", 0, -1250, "SQ *BLUE BOTTLE #1").emittedAt("2026-03-01T08:00:00Z").posted());
        List<AlertEvent> duplicate = apply(
                payment("c2", 0, -1250, "SQ *BLUE BOTTLE #1").emittedAt("2026-03-01T08:04:00Z").posted());
        List<AlertEvent> later = apply(
                payment("c3", 0, -1250, "SQ *BLUE BOTTLE #1").emittedAt("2026-03-01T10:30:00Z").posted());

        assertThat(duplicate).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.DUPLICATE_CHARGE);
            assertThat(alert.reason()).contains("c1").contains("12.50 EUR");
        });
        assertThat(later).isEmpty();
    }

    @Test
    void inOneBankSyncTheAuthorisationTimesTellADuplicateFromTheSameCoffeeBoughtAgain() {
        // One sync delivers all three at the same moment; only their authorisation times differ.
        String synced = "2026-03-02T06:00:00Z";
        apply(payment("c1", 0, -450, "SQ *BLUE BOTTLE #1").emittedAt(synced).authorizedAt("2026-03-01T08:00:00Z")
                .posted());
        List<AlertEvent> afternoon = apply(payment("c2", 0, -450, "SQ *BLUE BOTTLE #1").emittedAt(synced)
                .authorizedAt("2026-03-01T15:30:00Z").posted());
        List<AlertEvent> repeated = apply(payment("c3", 0, -450, "SQ *BLUE BOTTLE #1").emittedAt(synced)
                .authorizedAt("2026-03-01T15:33:00Z").posted());

        assertThat(afternoon).isEmpty();
        assertThat(repeated).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.DUPLICATE_CHARGE);
            assertThat(alert.reason()).contains("c2");
        });
    }

    @Test
    void whenTheRepeatArrivesFirstTheAlertStillNamesTheLaterAuthorisedChargeAndOnlyOnce() {
        // The repeat (authorised three minutes later) is booked a day earlier, so a replay in booking order sees it
        // first; the alert must still be about it, not about the original.
        List<AlertEvent> repeatFirst = apply(payment("rep", 0, -2555, "LIDL 9632").authorizedAt("2026-03-01T19:52:17Z")
                .posted());
        List<AlertEvent> original = apply(payment("orig", 2, -2555, "LIDL 9632").authorizedAt("2026-03-01T19:49:20Z")
                .posted());
        List<AlertEvent> repeatAgain = apply(payment("rep", 0, -2555, "LIDL 9632").version(2)
                .authorizedAt("2026-03-01T19:52:17Z").posted());

        assertThat(repeatFirst).isEmpty();
        assertThat(original).singleElement().satisfies(alert -> {
            assertThat(alert.kind()).isEqualTo(AlertKind.DUPLICATE_CHARGE);
            assertThat(alert.transactionId()).isEqualTo("rep");
            assertThat(alert.reason()).contains("orig").contains("booked 2026-03-01");
        });
        assertThat(repeatAgain).as("fired for it already").isEmpty();
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
    void aPostedTransactionIsNotADuplicateOfThePendingItReplaces() {
        apply(payment("p1", 0, -1250, "BLUE BOTTLE").pending());
        List<AlertEvent> posted = apply(payment("t1", 0, -1250, "BLUE BOTTLE").replacing("p1").posted());
        List<AlertEvent> latePending = apply(payment("p1", 0, -1250, "BLUE BOTTLE").version(2).pending());

        assertThat(posted).isEmpty();
        assertThat(latePending).isEmpty();
    }

    @Test
    void manyMorePaymentsOnOneDayThanUsualIsABurstAlertedOncePerDay() {
        List<TransactionEvent> usual = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            usual.add(payment("u" + day, day, -1000 - day, "SHOP" + (char) ('A' + day)).posted());
        }
        applyAll(usual);

        List<AlertEvent> burst = new ArrayList<>();
        for (int i = 0; i < 18; i++) {
            burst.addAll(apply(payment("b" + i, 12, -900 - i, "KIOSK" + (char) ('A' + i)).posted()));
        }

        assertThat(burst).extracting(AlertEvent::kind, AlertEvent::transactionId)
                .containsExactly(org.assertj.core.api.Assertions.tuple(AlertKind.VELOCITY_BURST, "b14"));
        assertThat(burst.get(0).reason()).contains("15 payments on 2026-03-13");
    }

    @Test
    void removedPaymentsLeaveTheDaysCountAndAreNoDuplicateAnyMore() {
        List<TransactionEvent> usual = new ArrayList<>();
        for (int day = 0; day < 10; day++) {
            usual.add(payment("u" + day, day, -1000 - day, "SHOP" + (char) ('A' + day)).posted());
        }
        applyAll(usual);
        for (int i = 0; i < 14; i++) {
            apply(payment("b" + i, 12, -900 - i, "KIOSK" + (char) ('A' + i)).posted());
        }
        apply(payment("c1", 12, -1250, "SQ *BLUE BOTTLE #1").emittedAt("2026-03-13T08:00:00Z").posted());
        apply(txn("u1", "b0").version(2).removed());
        apply(txn("u1", "c1").version(2).removed());

        // 13 + c1 earlier on the day, minus c1: the 15th payment of the day would be the burst, this is the 14th.
        List<AlertEvent> again = apply(
                payment("c2", 12, -1250, "SQ *BLUE BOTTLE #1").emittedAt("2026-03-13T08:03:00Z").posted());

        assertThat(again).isEmpty();
        assertThat(state.activity().paymentsPerDay).containsEntry(START.plusDays(12).toEpochDay(), 14);
        String blueBottle = dev.banksync.stream.Decisions.as(FOOD, payment("c2", 12, -1250, "SQ *BLUE BOTTLE #1")
                .posted()).merchantKey();
        assertThat(state.merchant(blueBottle).recent).extracting(RecentCharge::transactionId)
                .containsExactly("c2");
    }

    @Test
    void paymentsOlderThanTheRecentWindowAreForgottenByTheDuplicateAndBurstChecks() {
        apply(payment("old", 0, -1250, "SQ *BLUE BOTTLE #1").emittedAt("2026-03-01T08:00:00Z").posted());
        apply(payment("new", UserActivity.RECENT_DAYS + 1, -500, "PRET A MANGER").posted());
        // Booked on day 0 again but arriving minutes after the first: out of the window, so not compared.
        List<AlertEvent> late = apply(
                payment("late", 0, -1250, "SQ *BLUE BOTTLE #1").emittedAt("2026-03-01T08:02:00Z").posted());

        assertThat(late).isEmpty();
        assertThat(state.activity().paymentsPerDay).containsOnlyKeys(START.plusDays(UserActivity.RECENT_DAYS + 1)
                .toEpochDay());
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
