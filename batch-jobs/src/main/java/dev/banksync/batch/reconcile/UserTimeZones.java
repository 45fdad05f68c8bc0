package dev.banksync.batch.reconcile;

import java.time.DateTimeException;
import java.time.ZoneId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The users' time zones as the ledger holds them ({@code ledger.users.time_zone}, written by the app), checked
 * before an event carries one: a zone Java does not know must not fail a sync, so the event goes without it (the
 * stream then keeps the user's last good zone) and the operator is told which user to fix.
 */
final class UserTimeZones {

    private static final Logger LOG = LoggerFactory.getLogger(UserTimeZones.class);

    private UserTimeZones() {
    }

    /** {@code zone} when it is a time zone id, else null (logged, naming the user). */
    static String valid(String userId, String zone) {
        if (zone == null) {
            return null;
        }
        try {
            ZoneId.of(zone);
            return zone;
        } catch (DateTimeException e) {
            LOG.warn("ledger.users.time_zone of user {} is '{}', not a time zone id: its events go without a zone",
                    userId, zone);
            return null;
        }
    }
}
