package dev.banksync.stream.recurring;

import java.time.LocalDate;

/**
 * How often a recurring stream repeats, with the range of gaps (in days) between two occurrences that still count
 * as that frequency: bank dates move with weekends and holidays, and a month has 28 to 31 days.
 */
public enum Frequency {
    WEEKLY(7, 5, 9),
    BIWEEKLY(14, 12, 16),
    SEMI_MONTHLY(15, 12, 19),
    MONTHLY(30, 25, 35),
    ANNUALLY(365, 350, 380);

    private final int nominalDays;
    private final int minGap;
    private final int maxGap;

    Frequency(int nominalDays, int minGap, int maxGap) {
        this.nominalDays = nominalDays;
        this.minGap = minGap;
        this.maxGap = maxGap;
    }

    public int nominalDays() {
        return nominalDays;
    }

    boolean fits(long gapDays) {
        return gapDays >= minGap && gapDays <= maxGap;
    }

    /** Occurrences needed before a stream of this frequency is reported (one gap suffices for a yearly one). */
    int minOccurrences() {
        return this == ANNUALLY ? 2 : 3;
    }

    /** How long past the predicted date a stream is still alive: half a period, between 3 and 30 days. */
    int graceDays() {
        return Math.max(3, Math.min(30, nominalDays / 2));
    }

    /**
     * The next date after {@code last}: weekly and biweekly by days; monthly on the usual day of the month (clipped to
     * short months); semi-monthly on the other of its two usual days; annually a year on.
     */
    LocalDate next(LocalDate last, int usualDay, int otherUsualDay) {
        return switch (this) {
            case WEEKLY -> last.plusDays(7);
            case BIWEEKLY -> last.plusDays(14);
            case MONTHLY -> onDay(last.plusMonths(1), usualDay);
            case ANNUALLY -> last.plusYears(1);
            case SEMI_MONTHLY -> {
                int low = Math.min(usualDay, otherUsualDay);
                int high = Math.max(usualDay, otherUsualDay);
                yield Math.abs(last.getDayOfMonth() - low) <= Math.abs(last.getDayOfMonth() - high)
                        ? onDay(last, high) : onDay(last.plusMonths(1), low);
            }
        };
    }

    private static LocalDate onDay(LocalDate inMonth, int day) {
        return inMonth.withDayOfMonth(Math.min(day, inMonth.lengthOfMonth()));
    }
}
