package dev.banksync.stream.recurring;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Detects a recurring stream in the occurrences of one merchant, direction and currency. It reads the latest run
 * of occurrences whose gaps all fit one {@link Frequency} (so a stream that changed its rhythm is judged on its
 * current one) and whose amounts stay within {@link #AMOUNT_TOLERANCE} of their median (a price change passes, a
 * one-off large purchase at a supermarket does not); of several occurrences on one day only the first counts.
 * Status: EARLY until {@link #MATURE_OCCURRENCES}, then MATURE,
 * and STOPPED once the as-of date is a grace period past the predicted date. Plain Java, no state.
 */
public final class RecurringDetector {

    static final double AMOUNT_TOLERANCE = 0.3;
    static final int MATURE_OCCURRENCES = 4;
    /** Occurrences looked at; older ones cannot change today's pattern. */
    public static final int MAX_OCCURRENCES = 24;

    /** The pattern as of {@code asOf}, or null when the occurrences do not recur. */
    public RecurringPattern detect(List<Occurrence> occurrences, LocalDate asOf) {
        if (occurrences.size() < 2) {
            return null;
        }
        List<Occurrence> sorted = onePerDay(isSorted(occurrences) ? occurrences : sortedCopy(occurrences));
        if (sorted.size() < 2) {
            return null;
        }
        Occurrence last = sorted.get(sorted.size() - 1);
        Occurrence beforeLast = sorted.get(sorted.size() - 2);
        for (Frequency frequency : Frequency.values()) {
            if (!frequency.fits(gap(beforeLast, last))) {
                continue;
            }
            List<Occurrence> run = latestRun(sorted, frequency);
            if (run.size() < frequency.minOccurrences() || !amountsAgree(run)) {
                continue;
            }
            boolean twiceMonthlyFamily = frequency == Frequency.BIWEEKLY || frequency == Frequency.SEMI_MONTHLY;
            if (twiceMonthlyFamily && (frequency == Frequency.SEMI_MONTHLY) != isSemiMonthly(run)) {
                continue; // 14-day gaps on drifting days are biweekly; on two fixed days of the month semi-monthly
            }
            return pattern(frequency, run, asOf);
        }
        return null;
    }

    private static final Comparator<Occurrence> BY_DATE =
            Comparator.comparing(Occurrence::bookingDate).thenComparing(Occurrence::transactionId);

    private static boolean isSorted(List<Occurrence> occurrences) {
        for (int i = 1; i < occurrences.size(); i++) {
            if (BY_DATE.compare(occurrences.get(i - 1), occurrences.get(i)) > 0) {
                return false;
            }
        }
        return true;
    }

    private static List<Occurrence> sortedCopy(List<Occurrence> occurrences) {
        List<Occurrence> sorted = new ArrayList<>(occurrences);
        sorted.sort(BY_DATE);
        return sorted;
    }

    /**
     * The first occurrence of each day: a stream pays once a day at most, so a second charge on the same day (a
     * duplicate, a top-up at the same merchant) is not an occurrence of it and must not break its rhythm.
     */
    private static List<Occurrence> onePerDay(List<Occurrence> sorted) {
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).bookingDate().equals(sorted.get(i - 1).bookingDate())) {
                List<Occurrence> distinct = new ArrayList<>(sorted.size());
                for (Occurrence o : sorted) {
                    if (distinct.isEmpty() || !distinct.get(distinct.size() - 1).bookingDate().equals(o.bookingDate())) {
                        distinct.add(o);
                    }
                }
                return distinct;
            }
        }
        return sorted;
    }

    private static List<Occurrence> latestRun(List<Occurrence> sorted, Frequency frequency) {
        int start = sorted.size() - 1;
        while (start > 0 && frequency.fits(gap(sorted.get(start - 1), sorted.get(start)))) {
            start--;
        }
        return sorted.subList(start, sorted.size());
    }

    private static boolean amountsAgree(List<Occurrence> run) {
        long[] amounts = run.stream().mapToLong(o -> Math.abs(o.amountMinor())).sorted().toArray();
        double median = amounts[amounts.length / 2];
        for (long amount : amounts) {
            if (Math.abs(amount - median) > AMOUNT_TOLERANCE * median) {
                return false;
            }
        }
        return true;
    }

    /** Two usual days of the month at least 10 days apart, every occurrence within 2 days of one of them. */
    private static boolean isSemiMonthly(List<Occurrence> run) {
        int[] days = usualDays(run);
        if (Math.abs(days[0] - days[1]) < 10) {
            return false;
        }
        for (Occurrence o : run) {
            int day = o.bookingDate().getDayOfMonth();
            if (Math.abs(day - days[0]) > 2 && Math.abs(day - days[1]) > 2) {
                return false;
            }
        }
        return true;
    }

    /** The days of the month of the last and the second-to-last occurrence. */
    private static int[] usualDays(List<Occurrence> run) {
        int n = run.size();
        return new int[] {run.get(n - 1).bookingDate().getDayOfMonth(), run.get(n - 2).bookingDate().getDayOfMonth()};
    }

    private static RecurringPattern pattern(Frequency frequency, List<Occurrence> run, LocalDate asOf) {
        Occurrence last = run.get(run.size() - 1);
        long total = 0;
        for (Occurrence o : run) {
            total = Math.addExact(total, o.amountMinor());
        }
        long average = Math.round((double) total / run.size());
        int[] days = usualDays(run);
        int usualDay = frequency == Frequency.MONTHLY ? monthlyDay(run) : days[0];
        LocalDate next = frequency.next(last.bookingDate(), usualDay, days[1]);
        RecurringStatus status = asOf.isAfter(next.plusDays(frequency.graceDays())) ? RecurringStatus.STOPPED
                : run.size() >= MATURE_OCCURRENCES ? RecurringStatus.MATURE : RecurringStatus.EARLY;
        return new RecurringPattern(frequency, average, last.amountMinor(), run.get(0).bookingDate(),
                last.bookingDate(), next, run.size(), status);
    }

    /**
     * The day of the month a monthly stream falls on: the last occurrence's, except that a stream seen on a short
     * month's last day (the 28th of February) keeps the larger day it had before (the 31st).
     */
    private static int monthlyDay(List<Occurrence> run) {
        LocalDate last = run.get(run.size() - 1).bookingDate();
        if (last.getDayOfMonth() != last.lengthOfMonth()) {
            return last.getDayOfMonth();
        }
        return run.stream().mapToInt(o -> o.bookingDate().getDayOfMonth()).max().orElse(last.getDayOfMonth());
    }

    private static long gap(Occurrence a, Occurrence b) {
        return ChronoUnit.DAYS.between(a.bookingDate(), b.bookingDate());
    }
}
