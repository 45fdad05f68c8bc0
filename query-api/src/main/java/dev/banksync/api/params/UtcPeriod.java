package dev.banksync.api.params;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/**
 * A half-open span of instants {@code [start, end)} that a request's month or dates stand for. Months and days are
 * UTC ones: insight timestamps are instants, and the API has no per-user time zone to interpret them in.
 */
public record UtcPeriod(Instant start, Instant end) {

    public UtcPeriod {
        if (!start.isBefore(end)) {
            throw new IllegalArgumentException("empty period: " + start + " is not before " + end);
        }
    }

    /** The whole UTC month. */
    public static UtcPeriod ofMonth(YearMonth month) {
        return new UtcPeriod(startOf(month.atDay(1)), startOf(month.plusMonths(1).atDay(1)));
    }

    /** The UTC days {@code from} to {@code to}, both inclusive; the messages name the parameters. */
    public static UtcPeriod ofDays(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        return new UtcPeriod(startOf(from), startOf(to.plusDays(1)));
    }

    /**
     * Either {@code month} or the days {@code from}..{@code to} (a missing end is {@code today}, a missing start 30
     * days before the end), never both; neither means the current month.
     */
    public static UtcPeriod ofMonthOrDays(YearMonth month, LocalDate from, LocalDate to, LocalDate today) {
        if (month != null && (from != null || to != null)) {
            throw new IllegalArgumentException("month and from/to exclude each other: give one or the other");
        }
        if (month != null) {
            return ofMonth(month);
        }
        if (from == null && to == null) {
            return ofMonth(YearMonth.from(today));
        }
        return ofDaysDefaultingToLast30(from, to, today);
    }

    /** The days {@code from}..{@code to}; a missing end is {@code today}, a missing start 30 days before the end. */
    public static UtcPeriod ofDaysDefaultingToLast30(LocalDate from, LocalDate to, LocalDate today) {
        LocalDate end = to != null ? to : today;
        return ofDays(from != null ? from : end.minusDays(30), end);
    }

    private static Instant startOf(LocalDate day) {
        return day.atStartOfDay(ZoneOffset.UTC).toInstant();
    }
}
