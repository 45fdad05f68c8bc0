package dev.banksync.stream;

import static dev.banksync.stream.InsightsScenario.MONTH;
import static dev.banksync.stream.InsightsScenario.TODAY;

import dev.banksync.stream.InsightsScenario.Planted;
import dev.banksync.stream.InsightsScenario.Sent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the insights views must hold after {@link InsightsScenario}, computed from the scenario's own statements
 * (the category each event must get, the anomalies planted, the streams it was built with), not from the job's code.
 */
public final class ExpectedInsights {

    private ExpectedInsights() {
    }

    public static Map<ExpectedSpending.Key, ExpectedSpending.Totals> spending(List<Sent> sent) {
        return ExpectedSpending.of(sent.stream()
                .map(s -> new ExpectedSpending.Sent(s.event(), s.category())).toList());
    }

    /** transaction id → "category/decided_by/booked_on" of every transaction whose latest version is not a removal. */
    public static Map<String, String> categories(List<Sent> sent) {
        Map<String, Sent> latest = new HashMap<>();
        for (Sent s : sent) {
            latest.merge(s.event().transactionId(), s,
                    (a, b) -> b.event().version() > a.event().version() ? b : a);
        }
        Map<String, String> expected = new TreeMap<>();
        latest.values().stream().filter(s -> !s.event().isRemoval())
                .forEach(s -> expected.put(s.event().transactionId(), s.category() + "/" + s.decidedBy() + "/"
                        + s.event().bookingDate()));
        return expected;
    }

    /** "user/kind/transaction" of every planted alert, anomalies only or all. */
    public static Set<String> alerts(boolean anomaliesOnly) {
        return InsightsScenario.planted().stream()
                .filter(p -> !anomaliesOnly || !p.kind().name().startsWith("BUDGET_"))
                .map(ExpectedInsights::key).collect(Collectors.toCollection(java.util.TreeSet::new));
    }

    public static String key(Planted p) {
        return p.userId() + "/" + p.kind() + "/" + p.transactionId();
    }

    /** The streams the scenario was built with: stream id → "frequency/avg/last/first/last date/next/n/status". */
    public static Map<String, String> recurring() {
        Map<String, String> expected = new TreeMap<>();
        expected.put("u1/OUTFLOW:NETFLIX:EUR", String.join("/", "MONTHLY", "-1349", "-1499",
                MONTH.minusMonths(3).toString(), MONTH.toString(), MONTH.plusMonths(1).toString(), "4", "MATURE"));
        expected.put("u1/INFLOW:ACME:EUR", String.join("/", "MONTHLY", "250000", "250000",
                MONTH.minusMonths(3).withDayOfMonth(25).toString(), MONTH.minusMonths(1).withDayOfMonth(25).toString(),
                MONTH.withDayOfMonth(25).toString(), "3", "EARLY"));
        // A monthly stream is alive until half a month (15 days) past its predicted date.
        String gymStatus = TODAY.isAfter(MONTH.withDayOfMonth(5).plusDays(15)) ? "STOPPED" : "EARLY";
        expected.put("u2/OUTFLOW:PUREGYM:GBP", String.join("/", "MONTHLY", "-2999", "-2999",
                MONTH.minusMonths(3).withDayOfMonth(5).toString(), MONTH.minusMonths(1).withDayOfMonth(5).toString(),
                MONTH.withDayOfMonth(5).toString(), "3", gymStatus));
        return expected;
    }

    /** u1's food budget this month: "spent/status/alerted_80/alerted_100". */
    public static String budget(Map<ExpectedSpending.Key, ExpectedSpending.Totals> spending) {
        ExpectedSpending.Totals food = spending.get(new ExpectedSpending.Key("u1", MONTH, "FOOD_AND_DRINK", "EUR"));
        long spent = food == null ? 0 : food.spentMinor();
        long limit = InsightsScenario.U1_FOOD_BUDGET;
        String status = spent * 100 >= limit * 100 ? "EXCEEDED" : spent * 100 >= limit * 80 ? "WARNING" : "OK";
        return spent + "/" + status + "/" + (spent * 100 >= limit * 80) + "/" + (spent >= limit);
    }
}
