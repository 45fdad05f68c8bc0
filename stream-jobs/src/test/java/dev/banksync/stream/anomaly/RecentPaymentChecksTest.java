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
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The checks over a user's recent payments, through the {@link AnomalyDetector}: duplicate charges (by merchant,
 * amount and authorisation time) and velocity bursts (by payments per booking day), and how both keep their
 * bookkeeping under removals and as the recent window moves on.
 */
class RecentPaymentChecksTest {

    private final InMemoryAnomalyState state = new InMemoryAnomalyState();
    private final AnomalyDetector detector = new AnomalyDetector(AnomalySettings.DEFAULTS);

    private List<AlertEvent> apply(TransactionEvent event) {
        return detector.apply(as(FOOD, event), state);
    }

    /** Ten days with one payment each, at ten different shops: a usual day has one payment. */
    private void applyUsualDays() {
        for (int day = 0; day < 10; day++) {
            apply(payment("u" + day, day, -1000 - day, "SHOP" + (char) ('A' + day)).posted());
        }
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
            assertThat(alert.reason()).contains("c1").contains("12.50 EUR").doesNotContain("authorised");
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
            assertThat(alert.reason()).contains("c2").endsWith("authorised 3 min apart");
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
            assertThat(alert.reason()).contains("orig").contains("booked 2026-03-01")
                    .endsWith("authorised 3 min apart");
        });
        assertThat(repeatAgain).as("fired for it already").isEmpty();
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
        applyUsualDays();

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
        applyUsualDays();
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
}
