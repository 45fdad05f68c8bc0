package dev.banksync.batch.reconcile;

import static dev.banksync.batch.reconcile.Incoming.posted;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banksync.core.db.SimpleDataSources;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A user's correction on a real PostgreSQL, as the batch writer: the override, a new version, its event. */
@ExtendWith(BanksyncPostgres.class)
class CategoryCorrectionsIT {

    @Test
    void aCorrectionIsRecordedAndPublishedAsANewVersionCarryingTheCategory(TestDatabase db) {
        ReconcileHarness h = new ReconcileHarness(db).account("acc");
        h.apply("api:sandbox", posted("acc", "t1", "2026-03-02", -450, "SQ *BLUE BOTTLE").upsert());
        String id = h.transactionId("acc", "t1");
        CategoryCorrections corrections = new CategoryCorrections(
                SimpleDataSources.of(db.loginAs("banksync_batch_writer")), Clock.systemUTC());

        assertThat(corrections.correct(Incoming.USER, id, "food_and_drink_coffee").version()).isEqualTo(2);
        assertThat(corrections.correct(Incoming.USER, id, "GENERAL_MERCHANDISE").version()).as("a change of mind")
                .isEqualTo(3);

        assertThat(h.owner().queryForObject("SELECT category FROM ledger.category_overrides WHERE transaction_id = ?",
                String.class, id)).isEqualTo("GENERAL_MERCHANDISE");
        List<TransactionEvent> events = h.events();
        assertThat(events).extracting(TransactionEvent::version, TransactionEvent::userCategory)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, null),
                        org.assertj.core.groups.Tuple.tuple(2L, "FOOD_AND_DRINK_COFFEE"),
                        org.assertj.core.groups.Tuple.tuple(3L, "GENERAL_MERCHANDISE"));
        assertThat(events.get(2)).extracting(TransactionEvent::amountMinor, TransactionEvent::description)
                .containsExactly(-450L, "SQ *BLUE BOTTLE");
        assertThat(h.ledger("acc").get("t1").version()).isEqualTo(3);
    }

    @Test
    void aCorrectionThatCannotBeIsRefusedNamingWhyAndChangesNothing(TestDatabase db) {
        ReconcileHarness h = new ReconcileHarness(db).account("acc");
        h.apply("api:sandbox", posted("acc", "t1", "2026-03-02", -450, "SQ *BLUE BOTTLE").upsert(),
                posted("acc", "t2", "2026-03-03", -900, "CITY CAB").upsert());
        h.apply("api:sandbox", Incoming.removal("acc", "t2"));
        String live = h.transactionId("acc", "t1");
        String removed = h.transactionId("acc", "t2");
        CategoryCorrections corrections = new CategoryCorrections(db.dataSource(), Clock.systemUTC());
        int events = h.events().size();

        assertThatThrownBy(() -> corrections.correct(Incoming.USER, live, "COFFEE"))
                .hasMessageContaining("'COFFEE' is not under any PFC primary category");
        assertThatThrownBy(() -> corrections.correct("someone-else", live, "TRAVEL"))
                .hasMessage("transaction " + live + " is not user someone-else's");
        assertThatThrownBy(() -> corrections.correct(Incoming.USER, "t_nope", "TRAVEL"))
                .hasMessage("no transaction t_nope");
        assertThatThrownBy(() -> corrections.correct(Incoming.USER, removed, "TRAVEL"))
                .hasMessage("transaction " + removed + " was removed by its bank");

        assertThat(h.events()).hasSize(events);
        assertThat(db.queryLong("SELECT count(*) FROM ledger.category_overrides")).isZero();
    }
}
