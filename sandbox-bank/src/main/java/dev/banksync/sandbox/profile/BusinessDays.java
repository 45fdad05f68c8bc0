package dev.banksync.sandbox.profile;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Weekend rules for bank dates (public holidays are not simulated). */
public final class BusinessDays {

    private BusinessDays() {
    }

    public static boolean isBusinessDay(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY;
    }

    public static LocalDate onOrAfter(LocalDate date) {
        LocalDate d = date;
        while (!isBusinessDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    public static LocalDate onOrBefore(LocalDate date) {
        LocalDate d = date;
        while (!isBusinessDay(d)) {
            d = d.minusDays(1);
        }
        return d;
    }

    /**
     * Whether a monthly debit due on {@code dayOfMonth} is collected on {@code date}: on the due day, or on the
     * next business day when the due day is a weekend (which may fall in the next month).
     */
    public static boolean isCollectedOn(int dayOfMonth, LocalDate date) {
        if (!isBusinessDay(date)) {
            return false;
        }
        for (LocalDate month = date.minusMonths(1).withDayOfMonth(1); !month.isAfter(date); month = month.plusMonths(1)) {
            LocalDate due = month.withDayOfMonth(Math.min(dayOfMonth, month.lengthOfMonth()));
            if (onOrAfter(due).equals(date)) {
                return true;
            }
        }
        return false;
    }
}
