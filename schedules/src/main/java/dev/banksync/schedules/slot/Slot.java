package dev.banksync.schedules.slot;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * One run of a schedule as the business sees it: the business date and the time-of-day label of the slot in the
 * schedule's zone ("06:00", or "06:00:02" when the slot has seconds). Together they identify the batch job
 * instance, so that every fire of the same slot - a late fire, a recovery after a crash, a second scheduler
 * node - meets the same instance instead of creating another one.
 *
 * @param businessDate the slot's date in the schedule's zone
 * @param label        the slot's time of day, or {@code manual-HH:mm:ss} for a run an operator asked for
 */
public record Slot(LocalDate businessDate, String label) {

    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("HH:mm:ss");
    private static final String MANUAL_PREFIX = "manual-";

    public Slot {
        Objects.requireNonNull(businessDate, "businessDate");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("slot label must not be blank");
        }
    }

    /** The scheduled slot starting at {@code slotTime}, labelled by its local time in {@code zone}. */
    public static Slot scheduled(Instant slotTime, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(slotTime, zone);
        return new Slot(local.toLocalDate(), timeLabel(local));
    }

    /**
     * A run an operator asked for at {@code requestedAt}: its own slot, so it runs even when the scheduled slot of
     * the day already completed; two requests within the same second are one run (a double click is harmless).
     */
    public static Slot manual(Instant requestedAt, ZoneId zone) {
        LocalDateTime local = LocalDateTime.ofInstant(requestedAt, zone);
        return new Slot(local.toLocalDate(), MANUAL_PREFIX + SECONDS.format(local));
    }

    public boolean isManual() {
        return label.startsWith(MANUAL_PREFIX);
    }

    private static String timeLabel(LocalDateTime local) {
        return local.getSecond() == 0 && local.getNano() == 0 ? MINUTES.format(local) : SECONDS.format(local);
    }

    @Override
    public String toString() {
        return businessDate + " " + label;
    }
}
