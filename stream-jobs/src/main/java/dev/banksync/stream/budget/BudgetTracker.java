package dev.banksync.stream.budget;

import static dev.banksync.stream.alert.Alerts.money;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.core.event.AlertEvent.AlertKind;
import dev.banksync.stream.alert.Alerts;
import dev.banksync.stream.reference.BudgetRow;
import dev.banksync.stream.spending.Bucket;
import dev.banksync.stream.spending.SpendingRow;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One user's monthly budgets against their spending. A budget on a primary category covers its detailed categories
 * too ({@code FOOD_AND_DRINK} counts {@code FOOD_AND_DRINK_COFFEE}). Each budget and month fires its 80 % and its
 * 100 % alert at most once, remembered in state as long as the budget applies to that month, so replays,
 * modifications or removals that dip below and rise again, and budget edits never repeat one. Alerts are for the
 * running period: the month of the change, or the month before during the first {@value #LATE_DAYS} days of a
 * new one (late bookings); a backfill of months long past, or a new budget over them, updates their status rows
 * without alerting. Plain Java.
 */
public final class BudgetTracker {

    /** Days into a month during which the month before still alerts: its last bookings arrive late. */
    static final int LATE_DAYS = 7;

    /** What one change produced. */
    public record Changes(List<BudgetStatusRow> rows, List<AlertEvent> alerts) {
    }

    /** A spending bucket changed: re-evaluates the user's budgets on that month, category and currency. */
    public Changes onSpending(SpendingRow row, Instant at, List<BudgetRow> budgets, BudgetState state) {
        Bucket bucket = new Bucket(row.month(), row.category(), row.currency());
        if (row.txnCount() == 0 || row.spentMinor() == 0) {
            state.removeSpent(bucket);
        } else {
            state.putSpent(bucket, row.spentMinor());
        }
        Changes changes = new Changes(new ArrayList<>(), new ArrayList<>());
        for (BudgetRow budget : budgets) {
            if (covers(budget, bucket) && budget.appliesTo(row.month())) {
                evaluate(row.userId(), budget, row.month(), at, state, changes);
            }
        }
        return changes;
    }

    /**
     * The user's budgets changed: re-evaluates every month with spending or with a period already tracked (whose
     * alerts must be remembered even while its spending is gone), and drops periods of deleted budgets.
     */
    public Changes onBudgets(String userId, List<BudgetRow> budgets, Instant at, BudgetState state) {
        Changes changes = new Changes(new ArrayList<>(), new ArrayList<>());
        Set<LocalDate> months = new HashSet<>();
        state.spent().keySet().forEach(bucket -> months.add(bucket.month()));
        state.periodKeys().forEach(key -> months.add(LocalDate.parse(key.substring(key.indexOf('|') + 1))));
        Set<String> live = new HashSet<>();
        for (BudgetRow budget : budgets) {
            for (LocalDate month : months) {
                if (budget.appliesTo(month)) {
                    live.add(periodKey(budget.budgetId(), month));
                    evaluate(userId, budget, month, at, state, changes);
                }
            }
        }
        List<String> stale = new ArrayList<>();
        state.periodKeys().forEach(key -> {
            if (!live.contains(key)) {
                stale.add(key);
            }
        });
        for (String key : stale) {
            BudgetPeriod period = state.period(key);
            if (period != null && period.lastRow() != null) {
                BudgetStatusRow last = period.lastRow();
                changes.rows().add(new BudgetStatusRow(last.userId(), last.budgetId(), last.month(), last.category(),
                        last.currency(), last.limitMinor(), last.spentMinor(), last.usedBasisPoints(), last.status(),
                        last.alerted80(), last.alerted100(), false));
            }
            state.removePeriod(key);
        }
        return changes;
    }

    private void evaluate(String userId, BudgetRow budget, LocalDate month, Instant at, BudgetState state,
                          Changes changes) {
        long spent = 0;
        for (Map.Entry<Bucket, Long> entry : state.spent().entrySet()) {
            if (entry.getKey().month().equals(month) && covers(budget, entry.getKey())) {
                spent = Math.addExact(spent, entry.getValue());
            }
        }
        long basisPoints = Math.multiplyExact(spent, 10_000L) / budget.limitMinor();
        String key = periodKey(budget.budgetId(), month);
        BudgetPeriod period = state.period(key);
        boolean alerted80 = period != null && period.alerted80();
        boolean alerted100 = period != null && period.alerted100();
        boolean running = isRunning(month, at);
        if (basisPoints >= 8_000 && !alerted80 && running) {
            changes.alerts().add(alert(AlertKind.BUDGET_80_PERCENT, userId, budget, month, spent, basisPoints, at));
            alerted80 = true;
        }
        if (basisPoints >= 10_000 && !alerted100 && running) {
            changes.alerts().add(alert(AlertKind.BUDGET_100_PERCENT, userId, budget, month, spent, basisPoints, at));
            alerted100 = true;
        }
        String status = basisPoints >= 10_000 ? "EXCEEDED" : basisPoints >= 8_000 ? "WARNING" : "OK";
        BudgetStatusRow row = new BudgetStatusRow(userId, budget.budgetId(), month, budget.category(),
                budget.currency(), budget.limitMinor(), spent, basisPoints, status, alerted80, alerted100, true);
        if (period == null || !row.equals(period.lastRow())) {
            changes.rows().add(row);
        }
        state.putPeriod(key, new BudgetPeriod(alerted80, alerted100, row));
    }

    private static AlertEvent alert(AlertKind kind, String userId, BudgetRow budget, LocalDate month, long spent,
                                    long basisPoints, Instant at) {
        String threshold = kind == AlertKind.BUDGET_80_PERCENT ? "80 %" : "100 %";
        String reason = String.format(Locale.ROOT, "%s of your %s budget for %s used: %s of %s (%.1f %%)",
                threshold, budget.category(), month.getMonth().getDisplayName(java.time.format.TextStyle.FULL,
                        Locale.ENGLISH) + " " + month.getYear(), money(spent, budget.currency()),
                money(budget.limitMinor(), budget.currency()), basisPoints / 100.0);
        return Alerts.of(kind, userId, "budget:" + budget.budgetId() + ":" + month, null, budget.category(), spent,
                budget.currency(), basisPoints / 10_000.0, reason, at);
    }

    /** The month is the running period at {@code at} (UTC: the grace days cover any zone's offset), or later. */
    static boolean isRunning(LocalDate month, Instant at) {
        LocalDate today = at.atZone(java.time.ZoneOffset.UTC).toLocalDate();
        LocalDate earliest = today.withDayOfMonth(1).minusMonths(today.getDayOfMonth() <= LATE_DAYS ? 1 : 0);
        return !month.isBefore(earliest);
    }

    static boolean covers(BudgetRow budget, Bucket bucket) {
        return bucket.currency().equals(budget.currency()) && (bucket.category().equals(budget.category())
                || bucket.category().startsWith(budget.category() + "_"));
    }

    static String periodKey(long budgetId, LocalDate month) {
        return budgetId + "|" + month;
    }
}
