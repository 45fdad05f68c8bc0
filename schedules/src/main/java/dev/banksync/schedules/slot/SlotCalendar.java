package dev.banksync.schedules.slot;

import java.text.ParseException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import java.util.Optional;
import java.util.TimeZone;
import org.quartz.CronExpression;

/**
 * The slots of a Quartz cron expression in a zone, and which slot a fire belongs to. A fire belongs to the latest
 * slot at or before its scheduled fire time: an on-time fire to its own slot, and a fire that Quartz's
 * "fire once now" misfire policy moved to after a downtime to the most recent slot it missed. Slots are computed
 * with the same {@link CronExpression} Quartz fires from, so they agree with Quartz across DST changes (a local
 * time skipped by the clock has no slot that day; a repeated one has a single slot).
 */
public final class SlotCalendar {

    /** How far back to look for a slot at most; a schedule without a slot for longer is not a schedule of ours. */
    private static final Duration MAX_LOOK_BACK = Duration.ofDays(800);

    private final CronExpression cron;
    private final ZoneId zone;

    private SlotCalendar(CronExpression cron, ZoneId zone) {
        this.cron = cron;
        this.zone = zone;
    }

    /** @throws IllegalArgumentException naming the expression when it is not a valid Quartz cron expression */
    public static SlotCalendar of(String cronExpression, ZoneId zone) {
        try {
            CronExpression cron = new CronExpression(cronExpression);
            cron.setTimeZone(TimeZone.getTimeZone(zone));
            return new SlotCalendar(cron, zone);
        } catch (ParseException e) {
            throw new IllegalArgumentException("'" + cronExpression + "' is not a Quartz cron expression"
                    + " (seconds minutes hours day-of-month month day-of-week [year]): " + e.getMessage(), e);
        }
    }

    public ZoneId zone() {
        return zone;
    }

    /** The slot a fire scheduled for {@code scheduledFireTime} runs, or empty when no slot precedes it. */
    public Optional<Slot> slotOf(Instant scheduledFireTime) {
        return latestSlotStartAtOrBefore(scheduledFireTime).map(start -> Slot.scheduled(start, zone));
    }

    /** The first slot strictly after {@code time}, if the expression has one. */
    public Optional<Instant> nextSlotStartAfter(Instant time) {
        return Optional.ofNullable(cron.getTimeAfter(Date.from(time))).map(Date::toInstant);
    }

    /**
     * The latest slot start at or before {@code time}. CronExpression only searches forwards, so this looks back
     * over a window that doubles until it contains a slot, then walks forwards to the last one not after
     * {@code time}; the walk stays short because the previous half window had no slot.
     */
    public Optional<Instant> latestSlotStartAtOrBefore(Instant time) {
        for (Duration window = Duration.ofSeconds(1); window.compareTo(MAX_LOOK_BACK) <= 0; window = window.multipliedBy(2)) {
            Optional<Instant> candidate = nextSlotStartAfter(time.minus(window));
            if (candidate.isPresent() && !candidate.get().isAfter(time)) {
                Instant latest = candidate.get();
                for (Optional<Instant> next = nextSlotStartAfter(latest);
                     next.isPresent() && !next.get().isAfter(time); next = nextSlotStartAfter(latest)) {
                    latest = next.get();
                }
                return Optional.of(latest);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return cron.getCronExpression() + " in " + zone;
    }
}
