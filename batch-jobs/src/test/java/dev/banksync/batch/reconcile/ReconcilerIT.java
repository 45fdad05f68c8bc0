package dev.banksync.batch.reconcile;

import static dev.banksync.batch.reconcile.Incoming.pending;
import static dev.banksync.batch.reconcile.Incoming.posted;
import static dev.banksync.batch.reconcile.Incoming.removal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banksync.batch.ops.RunCounts;
import dev.banksync.batch.reconcile.ReconcileHarness.Row;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.core.event.TransactionEvent.EventType;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;

/** The matching engine on a real PostgreSQL, as the batch writer role; each test has its own database. */
@ExtendWith(BanksyncPostgres.class)
class ReconcilerIT {

    private static final String API = "api:sandbox";

    @Test
    void newRowsGetVersionOneAndAnEventEachAndARepeatChangesNothing(TestDatabase db) {
        ReconcileHarness h = new ReconcileHarness(db).account("acc");
        IncomingChange[] batch = {posted("acc", "t1", "2026-03-02", -450, "COFFEE").upsert(),
                posted("acc", "t2", "2026-03-02", -450, "COFFEE").upsert(),
                pending("acc", "p1", "2026-03-03", -1200, "CINEMA").upsert()};

        RunCounts first = h.apply(API, batch);
        RunCounts second = h.apply(API, batch);
        RunCounts third = h.apply(API, batch);

        assertThat(first).isEqualTo(new RunCounts(3, 3, 0, 0, 0, 0, 0));
        assertThat(second).isEqualTo(third).isEqualTo(new RunCounts(3, 0, 0, 0, 0, 3, 0));
        assertThat(h.ledger("acc").values()).extracting(Row::version).containsOnly(1L);
        assertThat(h.events()).hasSize(3).allSatisfy(e -> {
            assertThat(e.type()).isEqualTo(EventType.UPSERT);
            assertThat(e.version()).isEqualTo(1);
        });
    }

    @Test
    void aModificationBumpsTheVersionAndKeepsTheUsersEdits(TestDatabase db) {
        ReconcileHarness h = new ReconcileHarness(db).account("acc");
        h.apply(API, posted("acc", "t1", "2026-03-02", -1000, "GROCER").upsert());
        String id = h.transactionId("acc", "t1");
        h.owner().update("UPDATE ledger.transactions SET user_note = 'split with Sam' WHERE transaction_id = ?", id);
        h.owner().update("INSERT INTO ledger.category_overrides (transaction_id, user_id, category) "
                + "VALUES (?, 'u1', 'FOOD_AND_DRINK')", id);

        RunCounts counts = h.apply(API, posted("acc", "t1", "2026-03-02", -1250, "GROCER").upsert());

        assertThat(counts.updated()).isEqualTo(1);
        assertThat(h.ledger("acc").get("t1")).extracting(Row::amountMinor, Row::version).containsExactly(-1250L, 2L);
        assertThat(h.owner().queryForObject("SELECT user_note FROM ledger.transactions WHERE transaction_id = ?",
                String.class, id)).isEqualTo("split with Sam");
        assertThat(h.owner().queryForObject("SELECT category FROM ledger.category_overrides WHERE transaction_id = ?",
                String.class, id)).isEqualTo("FOOD_AND_DRINK");
        assertThat(h.events()).extracting(TransactionEvent::version, TransactionEvent::amountMinor)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, -1000L),
                        org.assertj.core.groups.Tuple.tuple(2L, -1250L));
    }

    @Test
    void anAuthorisationInstantIsStoredAndCarriedByTheEventsAndItsLateArrivalIsAModification(TestDatabase db) {
        ReconcileHarness h = new ReconcileHarness(db).account("acc");
        h.apply(API, posted("acc", "t1", "2026-03-02", -450, "COFFEE").authorizedAt("2026-03-01T08:15:00Z").upsert(),
                posted("acc", "t2", "2026-03-02", -450, "COFFEE").upsert());

        RunCounts reported = h.apply(API,
                posted("acc", "t2", "2026-03-02", -450, "COFFEE").authorizedAt("2026-03-01T15:40:30.5+01:00").upsert());
        RunCounts again = h.apply(API,
                posted("acc", "t2", "2026-03-02", -450, "COFFEE").authorizedAt("2026-03-01T14:40:30.500Z").upsert());
        RunCounts omitted = h.apply(API, posted("acc", "t2", "2026-03-02", -450, "COFFEE").upsert());
        RunCounts omittedButChanged = h.apply(API, posted("acc", "t2", "2026-03-02", -475, "COFFEE").upsert());

        assertThat(reported.updated()).isEqualTo(1);
        assertThat(again.updated()).as("the same instant in another offset").isZero();
        assertThat(omitted.updated()).as("a source that stops reporting it does not erase it").isZero();
        assertThat(omittedButChanged.updated()).isEqualTo(1);
        assertThat(h.owner().queryForObject("SELECT authorized_at FROM ledger.transactions WHERE transaction_id = ?",
                java.time.OffsetDateTime.class, h.transactionId("acc", "t2")).toInstant())
                .isEqualTo(java.time.Instant.parse("2026-03-01T14:40:30.500Z"));
        assertThat(h.events()).extracting(TransactionEvent::transactionId, TransactionEvent::version,
                TransactionEvent::authorizedAt).containsExactly(
                org.assertj.core.groups.Tuple.tuple(h.transactionId("acc", "t1"), 1L,
                        java.time.Instant.parse("2026-03-01T08:15:00Z")),
                org.assertj.core.groups.Tuple.tuple(h.transactionId("acc", "t2"), 1L, null),
                org.assertj.core.groups.Tuple.tuple(h.transactionId("acc", "t2"), 2L,
                        java.time.Instant.parse("2026-03-01T14:40:30.500Z")),
                org.assertj.core.groups.Tuple.tuple(h.transactionId("acc", "t2"), 3L,
                        java.time.Instant.parse("2026-03-01T14:40:30.500Z")));
    }

    @Test
    void aRemovalTombstonesTheRowWithARemoveEventAndARepeatIsANoop(TestDatabase db) {
        ReconcileHarness h = new ReconcileHarness(db).account("acc");
        h.apply(API, posted("acc", "t1", "2026-03-02", -1000, "GYM").upsert());

        RunCounts removed = h.apply(API, removal("acc", "t1"));
        RunCounts again = h.apply(API, removal("acc", "t1"), removal("acc", "never-seen"));

        assertThat(removed.removed()).isEqualTo(1);
        assertThat(again).isEqualTo(new RunCounts(2, 0, 0, 0, 0, 2, 0));
        assertThat(h.ledger("acc").get("t1")).extracting(Row::removed, Row::version).containsExactly(true, 2L);
        assertThat(h.events()).extracting(TransactionEvent::type).containsExactly(EventType.UPSERT, EventType.REMOVE);
    }

    @Test
    void anExplicitlyLinkedPostingSupersedesItsPendingAndInheritsTheUsersEdits(TestDatabase db) {
        ReconcileHarness h = new ReconcileHarness(db).account("acc");
        h.apply(API, pending("acc", "p1", "2026-03-02", -5000, "THE GOOD PLATE").upsert());
        String pendingId = h.transactionId("acc", "p1");
        h.owner().update("UPDATE ledger.transactions SET user_note = 'birthday' WHERE transaction_id = ?", pendingId);
        h.owner().update("INSERT INTO ledger.category_overrides (transaction_id, user_id, category) "
                + "VALUES (?, 'u1', 'ENTERTAINMENT')", pendingId);

        RunCounts counts = h.apply(API, posted("acc", "t1", "2026-03-04", -5900, "POS THE GOOD PLATE NY")
                .settles("p1").upsert(), removal("acc", "p1"));

        assertThat(counts).extracting(RunCounts::inserted, RunCounts::pendingPosted, RunCounts::removed)
                .containsExactly(1, 1, 0);
        assertThat(h.ledger("acc")).containsOnlyKeys("p1", "t1");
        assertThat(h.ledger("acc").get("p1")).extracting(Row::removed, Row::version).containsExactly(true, 2L);
        assertThat(h.ledger("acc").get("t1").replacesExternalId()).isEqualTo("p1");
        String postedId = h.transactionId("acc", "t1");
        assertThat(h.owner().queryForObject("SELECT user_note FROM ledger.transactions WHERE transaction_id = ?",
                String.class, postedId)).isEqualTo("birthday");
        assertThat(h.owner().queryForObject("SELECT category FROM ledger.category_overrides WHERE transaction_id = ?",
                String.class, postedId)).isEqualTo("ENTERTAINMENT");
        List<TransactionEvent> events = h.events();
        assertThat(events).extracting(TransactionEvent::transactionId, TransactionEvent::type, TransactionEvent::version)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(pendingId, EventType.UPSERT, 1L),
                        org.assertj.core.groups.Tuple.tuple(postedId, EventType.UPSERT, 1L),
                        org.assertj.core.groups.Tuple.tuple(pendingId, EventType.REMOVE, 2L));
        assertThat(events.get(1).replaces()).isEqualTo(pendingId);
    }

    @Test
    void unlinkedPostingsFindTheirRemovedPendingsFuzzilyAndNeverClaimOneTwice(TestDatabase db) {
        ReconcileHarness h = new ReconcileHarness(db).account("acc");
        h.apply(API, pending("acc", "p-coffee-1", "2026-03-02", -450, "BLUE BOTTLE").upsert(),
                pending("acc", "p-coffee-2", "2026-03-02", -450, "BLUE BOTTLE").upsert(),
                pending("acc", "p-dinner", "2026-03-02", -5000, "THE GOOD PLATE").upsert(),
                pending("acc", "p-cab", "2026-03-02", -1800, "CITY CAB").upsert());
        h.apply(API, removal("acc", "p-dinner")); // a pending's removal may come before its posting

        RunCounts counts = h.apply(API,
                coffee("t-coffee-a"), coffee("t-coffee-b"), coffee("t-coffee-c"),
                posted("acc", "t-dinner", "2026-03-05", -5900, "THE GOOD PLATE NEW YORK").upsert(),
                posted("acc", "t-cab", "2026-03-04", -1800, "CITY CAB").upsert(),
                removal("acc", "p-coffee-1"), removal("acc", "p-coffee-2"));

        var ledger = h.ledger("acc");
        assertThat(Set.of(ledger.get("t-coffee-a").replacesExternalId(), ledger.get("t-coffee-b").replacesExternalId()))
                .containsExactlyInAnyOrder("p-coffee-1", "p-coffee-2");
        assertThat(ledger.get("t-coffee-c").replacesExternalId()).as("a third coffee has no pending left").isNull();
        assertThat(ledger.get("t-dinner").replacesExternalId()).isEqualTo("p-dinner");
        assertThat(ledger.get("t-cab").replacesExternalId()).as("the bank still shows the cab's pending").isNull();
        assertThat(ledger.get("p-cab").removed()).isFalse();
        assertThat(counts).extracting(RunCounts::pendingPosted, RunCounts::removed).containsExactly(3, 0);

        RunCounts late = h.apply(API, removal("acc", "p-cab"));

        assertThat(h.ledger("acc").get("t-cab")).extracting(Row::replacesExternalId, Row::version)
                .containsExactly("p-cab", 2L);
        assertThat(h.ledger("acc").get("p-cab").removed()).isTrue();
        assertThat(late).extracting(RunCounts::pendingPosted, RunCounts::removed).containsExactly(1, 0);
        assertThat(h.ledger("acc").values().stream().filter(r -> !r.removed()).map(Row::externalId))
                .containsExactlyInAnyOrder("t-coffee-a", "t-coffee-b", "t-coffee-c", "t-dinner", "t-cab");
    }

    private static IncomingChange coffee(String id) {
        return posted("acc", id, "2026-03-04", -450, "POS 1234 BLUE BOTTLE #12 SF").authorized("2026-03-02").upsert();
    }

    @Test
    void aPendingTheBankStillShowsIsNeverTakenByAGuess(TestDatabase db) {
        ReconcileHarness h = new ReconcileHarness(db).account("acc");
        h.apply(API, pending("acc", "p-metro", "2026-01-08", -11900, "POS/DELHI METRO RAIL CORP/DELHI").upsert());

        h.apply(API, posted("acc", "t-upi", "2026-01-08", -8600, "UPI-DELHI METRO RAIL CORP-delhimetrorail@okaxis")
                .upsert());

        assertThat(h.ledger("acc").get("p-metro").removed()).isFalse();
        assertThat(h.ledger("acc").get("t-upi").replacesExternalId()).isNull();
    }

    @Test
    void aSupersededPendingSentAgainStaysSuperseded(TestDatabase db) {
        ReconcileHarness h = new ReconcileHarness(db).account("acc");
        h.apply(API, pending("acc", "p1", "2026-03-02", -450, "BLUE BOTTLE").upsert());
        h.apply(API, posted("acc", "t1", "2026-03-03", -450, "BLUE BOTTLE").settles("p1").upsert());
        int events = h.events().size();

        RunCounts counts = h.apply(API, pending("acc", "p1", "2026-03-02", -480, "BLUE BOTTLE").upsert());

        assertThat(counts.duplicatesIgnored()).isEqualTo(1);
        assertThat(h.ledger("acc").get("p1").removed()).isTrue();
        assertThat(h.events()).hasSize(events);
    }

    @Test
    void aStatementFileOverlappingAnApiSyncCreatesNoDuplicatesInEitherOrder(TestDatabase db) {
        ReconcileHarness h = new ReconcileHarness(db).account("api-first").account("file-first");
        for (String account : List.of("api-first", "file-first")) {
            IncomingChange[] api = {posted(account, "api-1", "2026-03-02", -450, "SQ *COFFEE BAR").upsert(),
                    posted(account, "api-2", "2026-03-02", -450, "SQ *COFFEE BAR").upsert(),
                    posted(account, "api-3", "2026-03-03", -9500, "RENT MARCH").upsert()};
            IncomingChange[] file = {posted(account, "fp-a:1", "2026-03-02", -450, "COFFEE BAR").upsert(),
                    posted(account, "fp-a:2", "2026-03-02", -450, "COFFEE BAR").upsert(),
                    posted(account, "fp-b:1", "2026-03-04", -9500, "STANDING ORDER RENT").upsert(),
                    posted(account, "fp-c:1", "2026-03-05", -2000, "ATM").upsert()};
            if (account.equals("api-first")) {
                h.apply(API, api);
                assertThat(h.apply("file:csv", file)).extracting(RunCounts::inserted, RunCounts::duplicatesIgnored)
                        .containsExactly(1, 3);
            } else {
                h.apply("file:csv", file);
                assertThat(h.apply(API, api)).extracting(RunCounts::inserted, RunCounts::duplicatesIgnored)
                        .containsExactly(0, 3);
            }
            // a second round of both changes nothing
            assertThat(h.apply(API, api).inserted() + h.apply("file:csv", file).inserted()).isZero();
            assertThat(h.ledger(account).values()).as(account).hasSize(4);
        }
        assertThat(h.owner().queryForObject("SELECT count(*) FROM ledger.transaction_aliases", Integer.class))
                .isEqualTo(6);
    }

    @Test
    void aWindowSnapshotRemovesWhatTheWindowNoLongerHolds(TestDatabase db) {
        ReconcileHarness h = new ReconcileHarness(db).account("acc");
        WindowScope window = new WindowScope(Set.of("acc"), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-30"));
        h.applyWindow(API, window, posted("acc", "old", "2026-02-10", -100, "OLD").upsert(),
                posted("acc", "a", "2026-03-02", -200, "A").upsert(), posted("acc", "b", "2026-03-03", -300, "B").upsert());

        RunCounts counts = h.applyWindow(API, window, posted("acc", "a", "2026-03-02", -200, "A").upsert());

        assertThat(counts.removed()).isEqualTo(1);
        assertThat(h.ledger("acc")).extractingFromEntries(e -> e.getKey() + "=" + e.getValue().removed())
                .containsExactlyInAnyOrder("a=false", "b=true", "old=false");
    }

    @Test
    void aWindowThatDropsAPendingAfterItsPostingArrivedLinksThemLate(TestDatabase db) {
        ReconcileHarness h = new ReconcileHarness(db).account("acc");
        WindowScope window = new WindowScope(Set.of("acc"), LocalDate.parse("2026-03-01"), LocalDate.parse("2026-03-30"));
        // day 1: the bank shows the tip-less pending and, already, its posting under a new id, unlinked
        h.applyWindow(API, window, pending("acc", "p-dinner", "2026-03-02", -5000, "THE GOOD PLATE").upsert(),
                posted("acc", "t-dinner", "2026-03-03", -5900, "THE GOOD PLATE NEW YORK").upsert(),
                posted("acc", "t-rent", "2026-03-01", -120000, "RENT").upsert());
        assertThat(h.ledger("acc").get("t-dinner").replacesExternalId()).as("the bank still shows the pending")
                .isNull();
        assertThat(h.events()).hasSize(3);

        // day 2: the pending is gone from the window; the posting settled it
        RunCounts counts = h.applyWindow(API, window,
                posted("acc", "t-dinner", "2026-03-03", -5900, "THE GOOD PLATE NEW YORK").upsert(),
                posted("acc", "t-rent", "2026-03-01", -120000, "RENT").upsert());

        assertThat(counts).extracting(RunCounts::pendingPosted, RunCounts::removed).containsExactly(1, 0);
        var ledger = h.ledger("acc");
        assertThat(ledger.get("t-dinner")).extracting(Row::replacesExternalId, Row::version)
                .containsExactly("p-dinner", 2L);
        assertThat(ledger.get("p-dinner").removed()).isTrue();
        assertThat(ledger.get("t-rent").version()).isEqualTo(1L);
        String pendingId = h.transactionId("acc", "p-dinner");
        assertThat(h.events().subList(3, h.events().size()))
                .extracting(TransactionEvent::transactionId, TransactionEvent::type, TransactionEvent::version,
                        TransactionEvent::replaces)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(h.transactionId("acc", "t-dinner"),
                                EventType.UPSERT, 2L, pendingId),
                        org.assertj.core.groups.Tuple.tuple(pendingId, EventType.REMOVE, 2L, null));
    }

    @Test
    void outsideATransactionTheEngineRefusesToRun(TestDatabase db) {
        JdbcTemplate jdbc = new JdbcTemplate(db.dataSource());
        Reconciler reconciler = new Reconciler(jdbc, new dev.banksync.batch.outbox.OutboxWriter(jdbc));

        assertThatThrownBy(() -> reconciler.reconcile(ReconcileBatch.of(API, List.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("inside a database transaction");
    }
}
