package dev.banksync.sandbox.clock;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The bank's simulated calendar: day 0 is the start date and the clock only moves forward when told to. Every
 * request reads the day once, so a request never straddles two days.
 */
public final class BankClock {

    /** How far one advance may move the clock (ten years), to catch a typo before it simulates forever. */
    public static final int MAX_ADVANCE = 3650;

    private final LocalDate startDate;
    private final AtomicInteger day = new AtomicInteger();

    public BankClock(LocalDate startDate) {
        this.startDate = startDate;
    }

    public int day() {
        return day.get();
    }

    public LocalDate today() {
        return startDate.plusDays(day.get());
    }

    public LocalDate startDate() {
        return startDate;
    }

    /** Moves the clock {@code days} forward and returns the new day. */
    public int advance(int days) {
        if (days < 1 || days > MAX_ADVANCE) {
            throw new IllegalArgumentException("days must be between 1 and " + MAX_ADVANCE + ", got " + days);
        }
        return day.addAndGet(days);
    }
}
