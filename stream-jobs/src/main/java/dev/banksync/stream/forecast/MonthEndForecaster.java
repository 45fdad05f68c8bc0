package dev.banksync.stream.forecast;

import dev.banksync.stream.recurring.Frequency;
import dev.banksync.stream.recurring.RecurringStreamRow;
import java.time.LocalDate;
import java.util.List;

/**
 * Projects a category's month-end spend from three sources:
 * <ul>
 * <li><b>recurring</b>: live outflow streams of the category still expected this month (predicted dates after their
 * last payment, up to month end), at their average amount;</li>
 * <li><b>this month's pace</b>: the non-recurring spend so far, extended over the days left;</li>
 * <li><b>history</b>: the average non-recurring spend of up to three previous months, for the days left.</li>
 * </ul>
 * Pace and history are blended by how much of the month has passed (early in the month history counts most).
 * Amounts stay in exact minor units; only the blend weights are fractions, rounded half up once at the end.
 */
public final class MonthEndForecaster {

    public ForecastRow forecast(String userId, String category, String currency, LocalDate today,
                                long spentThisMonth, List<Long> previousMonths, List<RecurringStreamRow> streams) {
        LocalDate month = today.withDayOfMonth(1);
        LocalDate monthEnd = month.plusMonths(1).minusDays(1);
        long recurringExpected = 0;
        long recurringPaid = 0;
        long recurringPerMonth = 0;
        for (RecurringStreamRow stream : streams) {
            long amount = Math.abs(stream.averageAmountMinor());
            int period = Frequency.valueOf(stream.frequency()).nominalDays();
            recurringPerMonth += Math.round(amount * 30.0 / period);
            recurringPaid += paidThisMonth(stream, month, amount, period);
            for (LocalDate due = stream.predictedNextDate(); !due.isAfter(monthEnd); due = due.plusDays(period)) {
                if (!due.isBefore(month) && due.isAfter(stream.lastDate())) {
                    recurringExpected += amount;
                }
            }
        }
        int daysElapsed = today.getDayOfMonth();
        int daysInMonth = month.lengthOfMonth();
        int daysLeft = daysInMonth - daysElapsed;
        double variableSoFar = Math.max(0, spentThisMonth - recurringPaid);
        double paceLeft = variableSoFar * daysLeft / daysElapsed;
        double projectedLeft = paceLeft;
        if (!previousMonths.isEmpty()) {
            double average = previousMonths.stream().mapToLong(Long::longValue).average().orElse(0);
            double historyLeft = Math.max(0, average - recurringPerMonth) * daysLeft / daysInMonth;
            double weight = (double) daysElapsed / daysInMonth;
            projectedLeft = weight * paceLeft + (1 - weight) * historyLeft;
        }
        long projected = Math.addExact(Math.addExact(spentThisMonth, recurringExpected), Math.round(projectedLeft));
        return new ForecastRow(userId, month, category, currency, today, spentThisMonth, recurringExpected, projected);
    }

    /**
     * What the stream has paid this month, none of which is pace to extend: its last payment, and the earlier ones
     * a period apart back to the month's start (a weekly stream paid on the 1st, 8th and 15th paid three times).
     * A semi-monthly stream's nominal 15 days may reach a day or two past the 1st, so it is given that slack.
     */
    private static long paidThisMonth(RecurringStreamRow stream, LocalDate month, long averageAmount, int period) {
        if (stream.lastDate().isBefore(month)) {
            return 0;
        }
        LocalDate from = Frequency.valueOf(stream.frequency()) == Frequency.SEMI_MONTHLY ? month.minusDays(2) : month;
        long paid = Math.abs(stream.lastAmountMinor());
        for (LocalDate earlier = stream.lastDate().minusDays(period);
             !earlier.isBefore(from) && !earlier.isBefore(stream.firstDate()); earlier = earlier.minusDays(period)) {
            paid += averageAmount;
        }
        return paid;
    }
}
