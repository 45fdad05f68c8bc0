package dev.banksync.stream.state;

import static dev.banksync.stream.state.KeyedState.read;
import static dev.banksync.stream.state.KeyedState.write;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.state.ValueState;

/**
 * The current user's calendar for features that depend on "today" (how far into its month a forecast is, when a
 * recurring payment is overdue): the user's time zone as their latest event carried it, kept in keyed state so
 * that processing-time timers, which fire without an event, see it too. UTC until an event names a zone; an event
 * without one keeps the last known.
 */
public final class UserTimeZone {

    private final ValueState<String> zone;

    private UserTimeZone(ValueState<String> zone) {
        this.zone = zone;
    }

    /** The state of one operator, named {@code userTimeZone}, with the job's TTL. */
    public static UserTimeZone in(RuntimeContext context, Duration ttl) {
        return new UserTimeZone(context.getState(StateDescriptors.value("userTimeZone", String.class, ttl)));
    }

    /** The current user's zone after taking note of {@code reported} (an event's zone id, or null). */
    public ZoneId update(String reported) {
        String known = read(zone::value);
        if (reported != null && !reported.equals(known)) {
            write(() -> zone.update(reported));
            known = reported;
        }
        return known == null ? ZoneOffset.UTC : ZoneId.of(known);
    }

    /** The current user's zone (UTC when no event named one). */
    public ZoneId current() {
        return update(null);
    }

    /** The user's calendar date at the processing time {@code millis}. */
    public static LocalDate today(long millis, ZoneId zone) {
        return LocalDate.ofInstant(Instant.ofEpochMilli(millis), Objects.requireNonNull(zone, "zone"));
    }

    /** The processing time at which the user's {@code day} begins (DST gaps resolved as java.time does). */
    public static long startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant().toEpochMilli();
    }
}
