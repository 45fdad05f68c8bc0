package dev.banksync.batch.reconcile;

import static dev.banksync.batch.reconcile.Incoming.pending;
import static dev.banksync.batch.reconcile.Incoming.posted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.db.SimpleDataSources;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every event the ledger's writers publish carries its user's time zone, as {@code ledger.users} holds it then. */
@ExtendWith(BanksyncPostgres.class)
class UserTimeZonesIT {

    private static final String API = "api:sandbox";

    @Test
    void eventsOfBothEnginePathsAndOfACorrectionCarryTheUsersZone(TestDatabase db) {
        ReconcileHarness h = new ReconcileHarness(db).account("acc");
        db.execute("UPDATE ledger.users SET time_zone = 'Asia/Kolkata' WHERE user_id = '" + Incoming.USER + "'");
        h.apply(API, posted("acc", "t1", "2026-03-02", -450, "SQ *BLUE BOTTLE").upsert()); // the shortcut
        h.apply(API, pending("acc", "p1", "2026-03-03", -900, "CITY CAB").upsert(),
                posted("acc", "t1", "2026-03-02", -475, "SQ *BLUE BOTTLE").upsert()); // the full path
        db.execute("UPDATE ledger.users SET time_zone = 'Europe/Berlin' WHERE user_id = '" + Incoming.USER + "'");
        new CategoryCorrections(SimpleDataSources.of(db.loginAs("banksync_batch_writer")), Clock.systemUTC())
                .correct(Incoming.USER, h.transactionId("acc", "t1"), "FOOD_AND_DRINK_COFFEE");

        List<TransactionEvent> events = h.events();
        assertThat(events).hasSize(4);
        assertThat(events.subList(0, 3)).extracting(TransactionEvent::userTimeZone).containsOnly("Asia/Kolkata");
        assertThat(events.get(3).userTimeZone()).as("the zone when the correction was made").isEqualTo("Europe/Berlin");
    }

    @Test
    void aZoneJavaDoesNotKnowLeavesTheEventWithoutOneInsteadOfFailingTheSync(TestDatabase db) {
        ReconcileHarness h = new ReconcileHarness(db).account("acc");
        db.execute("UPDATE ledger.users SET time_zone = 'Mars/Olympus_Mons' WHERE user_id = '" + Incoming.USER + "'");

        assertThat(h.apply(API, posted("acc", "t1", "2026-03-02", -450, "SQ *BLUE BOTTLE").upsert()).inserted())
                .isEqualTo(1);
        assertThat(h.events()).singleElement().extracting(TransactionEvent::userTimeZone).isNull();
    }
}
