package dev.banksync.stream;

import static dev.banksync.stream.TestEvents.txn;

import dev.banksync.core.event.AlertEvent.AlertKind;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.testkit.postgres.TestDatabase;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * The stream the full-pipeline ITs send, dated relative to today (so recurring streams and forecasts are live),
 * with every insight it must produce stated by construction: each event's category and deciding source, and each
 * anomaly that was planted. Three users: u1 (groceries with one huge basket, a charged-twice coffee, a subscription
 * whose price goes up, a salary, a budget it blows), u2 (a rule, a correction remembered for the merchant, one
 * learnt from its event while the job runs, a modification, a removal, pending→posted, a monthly gym), u3 (history,
 * then a burst, a large first-time merchant and a first payment in another currency).
 */
public final class InsightsScenario {

    /** One event with the category and deciding source the job must give it (null for a removal). */
    public record Sent(TransactionEvent event, String category, String decidedBy) {
    }

    /** An anomaly or alert the scenario plants: user, kind, transaction (null for budget thresholds). */
    public record Planted(String userId, AlertKind kind, String transactionId) {
    }

    public static final java.time.Instant STARTED = java.time.Instant.now();
    public static final LocalDate TODAY = LocalDate.ofInstant(STARTED, ZoneOffset.UTC);
    /** u3 lives at UTC+14, where from 10:00 UTC it is already tomorrow: their forecasts are dated by their calendar. */
    public static final String U3_ZONE = "Pacific/Kiritimati";
    public static final LocalDate MONTH = TODAY.withDayOfMonth(1);
    public static final long U1_FOOD_BUDGET = 30_000;

    private InsightsScenario() {
    }

    private static LocalDate ago(int days) {
        return TODAY.minusDays(days);
    }

    private static Sent model(TransactionEvent e, String category) {
        return new Sent(e, category, "MODEL");
    }

    /** Sent before the failure is armed: enough for alerts (and so a committed checkpoint) to show. */
    public static List<Sent> firstHalf() {
        List<Sent> sent = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            long amount = -1900 - 10L * i;
            String merchant = i % 2 == 0 ? "CAFE NERO" : "PRET A MANGER";
            sent.add(model(txn("u3", "u3-h" + i).on(ago(40 - i)).amount(amount, "EUR").merchant(merchant)
                    .mcc("5814").inZone(U3_ZONE).posted(), "FOOD_AND_DRINK"));
        }
        for (int i = 0; i < 16; i++) {
            sent.add(model(txn("u3", "u3-k" + i).on(ago(10)).amount(-300 - 10L * i, "EUR")
                    .merchant("KIOSK " + (char) ('A' + i)).mcc("5499").inZone(U3_ZONE).posted(), "FOOD_AND_DRINK"));
        }
        sent.add(model(txn("u3", "u3-apple").on(ago(5)).amount(-150_000, "EUR").merchant("APPLE STORE R123")
                .mcc("5732").inZone(U3_ZONE).posted(), "GENERAL_MERCHANDISE"));
        sent.add(model(txn("u3", "u3-usd").on(ago(3)).amount(-2000, "USD").merchant("CAFE NERO").mcc("5814")
                .inZone(U3_ZONE).posted(), "FOOD_AND_DRINK"));
        long[] groceries = {-4000, -5200, -4500, -6000, -4800, -5500, -4300, -5000};
        for (int i = 0; i < groceries.length; i++) {
            sent.add(model(txn("u1", "u1-g" + i).on(ago(40 - 3 * i)).amount(groceries[i], "EUR")
                    .merchant("TESCO STORES 3271").mcc("5411").posted(), "FOOD_AND_DRINK"));
        }
        // Alerted while pending; its posting arrives after the failure and must not be alerted again.
        sent.add(model(txn("u1", "u1-big-p").on(TODAY).amount(-40_000, "EUR").merchant("TESCO STORES 3271")
                .mcc("5411").pending(), "FOOD_AND_DRINK"));
        return sent;
    }

    /** Sent after the failure is armed. */
    public static List<Sent> secondHalf() {
        List<Sent> sent = new ArrayList<>();
        sent.add(model(txn("u1", "u1-big").on(TODAY).amount(-40_000, "EUR").merchant("TESCO STORES 3271")
                .mcc("5411").replacing("u1-big-p").posted(), "FOOD_AND_DRINK"));
        long[] netflix = {-1299, -1299, -1299, -1499};
        for (int i = 0; i < netflix.length; i++) {
            sent.add(model(txn("u1", "u1-n" + i).on(MONTH.minusMonths(3 - i)).amount(netflix[i], "EUR")
                    .merchant("NETFLIX.COM").mcc("5815").posted(), "ENTERTAINMENT"));
        }
        for (int i = 0; i < 3; i++) {
            sent.add(model(txn("u1", "u1-s" + i).on(MONTH.minusMonths(3 - i).withDayOfMonth(25))
                    .amount(250_000, "EUR").description("ACME LTD SALARY").posted(), "INCOME"));
        }
        String day = ago(2).atStartOfDay().toString();
        sent.add(model(txn("u1", "u1-c1").on(ago(2)).amount(-450, "EUR").merchant("SQ *BLUE BOTTLE #12").mcc("5814")
                .emittedAt(day + ":00Z").posted(), "FOOD_AND_DRINK"));
        sent.add(model(txn("u1", "u1-c2").on(ago(2)).amount(-450, "EUR").merchant("SQ *BLUE BOTTLE #12").mcc("5814")
                .emittedAt(day.replace("T00:00", "T00:03") + ":00Z").posted(), "FOOD_AND_DRINK"));
        for (int i = 0; i < 3; i++) {
            sent.add(new Sent(txn("u2", "u2-gym" + i).on(MONTH.minusMonths(3 - i).withDayOfMonth(5))
                    .amount(-2999, "GBP").description("PUREGYM LTD").mcc("7997").posted(), "PERSONAL_CARE", "RULE"));
        }
        sent.add(new Sent(txn("u2", "u2-c0").on(ago(20)).amount(-380, "GBP").merchant("CAFE NERO 0042 LONDON")
                .mcc("5814").posted(), "ENTERTAINMENT", "USER"));
        sent.add(new Sent(txn("u2", "u2-c1").on(ago(3)).amount(-420, "GBP").merchant("CAFE NERO 0107 LONDON")
                .mcc("5814").posted(), "ENTERTAINMENT", "USER"));
        sent.add(model(txn("u2", "u2-t1").on(ago(6)).amount(-1200, "GBP").merchant("SAINSBURYS").mcc("5411")
                .posted(), "FOOD_AND_DRINK"));
        sent.add(model(txn("u2", "u2-t1").version(2).on(ago(6)).amount(-1500, "GBP").merchant("SAINSBURYS")
                .mcc("5411").posted(), "FOOD_AND_DRINK"));
        // A correction made while the job runs, which the ledger (and so the poll) never shows: the user's next
        // Sainsbury's payment is decided by it at once; another user's stays the model's.
        sent.add(new Sent(txn("u2", "u2-t1").version(3).on(ago(6)).amount(-1500, "GBP").merchant("SAINSBURYS")
                .mcc("5411").correctedTo("GENERAL_MERCHANDISE").posted(), "GENERAL_MERCHANDISE", "USER"));
        sent.add(new Sent(txn("u2", "u2-t4").on(ago(1)).amount(-900, "GBP").merchant("SAINSBURYS S/MKTS")
                .mcc("5411").posted(), "GENERAL_MERCHANDISE", "USER"));
        sent.add(model(txn("u3", "u3-s1").on(ago(1)).amount(-1250, "EUR").merchant("SAINSBURYS").mcc("5411")
                .inZone(U3_ZONE).posted(), "FOOD_AND_DRINK"));
        sent.add(model(txn("u2", "u2-t2").on(ago(5)).amount(-700, "GBP").merchant("BOOTS").mcc("5912").posted(),
                "MEDICAL"));
        sent.add(new Sent(txn("u2", "u2-t2").version(2).removed(), null, null));
        sent.add(model(txn("u2", "u2-p1").on(ago(2)).amount(-2000, "GBP").merchant("WAGAMAMA").mcc("5812")
                .pending(), "FOOD_AND_DRINK"));
        sent.add(model(txn("u2", "u2-t3").on(ago(1)).amount(-2300, "GBP").merchant("WAGAMAMA").mcc("5812")
                .replacing("u2-p1").posted(), "FOOD_AND_DRINK"));
        sent.add(model(txn("u2", "u2-t1").on(ago(6)).amount(-1200, "GBP").merchant("SAINSBURYS").mcc("5411")
                .posted(), "FOOD_AND_DRINK")); // a stale redelivery of version 1
        return sent;
    }

    public static List<Sent> all() {
        List<Sent> all = new ArrayList<>(firstHalf());
        all.addAll(secondHalf());
        return all;
    }

    /** Every alert the stream must raise, and no other. */
    public static List<Planted> planted() {
        return List.of(
                new Planted("u3", AlertKind.VELOCITY_BURST, "u3-k14"),
                new Planted("u3", AlertKind.LARGE_FIRST_TIME_MERCHANT, "u3-apple"),
                new Planted("u3", AlertKind.UNUSUAL_CURRENCY_OR_COUNTRY, "u3-usd"),
                new Planted("u1", AlertKind.UNUSUAL_AMOUNT, "u1-big-p"),
                new Planted("u1", AlertKind.BUDGET_80_PERCENT, null),
                new Planted("u1", AlertKind.BUDGET_100_PERCENT, null),
                new Planted("u1", AlertKind.SUBSCRIPTION_PRICE_INCREASE, "u1-n3"),
                new Planted("u1", AlertKind.DUPLICATE_CHARGE, "u1-c2"));
    }

    /** The users, u2's rule and correction (of u2-c0, a ledger transaction) and u1's food budget from this month. */
    public static void prepareLedger(TestDatabase db) {
        db.execute("INSERT INTO ledger.users (user_id) VALUES ('u1'), ('u2'), ('u3')");
        db.execute("INSERT INTO ledger.accounts (account_id, user_id, name, currency) VALUES ('acc-u2', 'u2', 'Main',"
                + " 'GBP')");
        db.execute("INSERT INTO ledger.transactions (transaction_id, user_id, account_id, source, external_id, status,"
                + " booking_date, amount_minor, currency, description, merchant) VALUES ('u2-c0', 'u2', 'acc-u2',"
                + " 'test', 'x1', 'POSTED', DATE '" + ago(20) + "', -380, 'GBP', 'CARD PAYMENT',"
                + " 'CAFE NERO 0042 LONDON')");
        db.execute("INSERT INTO ledger.category_overrides (transaction_id, user_id, category) VALUES ('u2-c0', 'u2',"
                + " 'ENTERTAINMENT')");
        db.execute("INSERT INTO ledger.rules (user_id, priority, match_field, match_kind, pattern, category) VALUES"
                + " ('u2', 10, 'DESCRIPTION', 'CONTAINS', 'puregym', 'PERSONAL_CARE')");
        db.execute("INSERT INTO ledger.budgets (user_id, category, currency, limit_minor, valid_from) VALUES ('u1',"
                + " 'FOOD_AND_DRINK', 'EUR', " + U1_FOOD_BUDGET + ", DATE '" + MONTH + "')");
    }
}
