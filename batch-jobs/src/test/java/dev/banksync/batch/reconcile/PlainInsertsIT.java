package dev.banksync.batch.reconcile;

import static dev.banksync.batch.reconcile.Incoming.pending;
import static dev.banksync.batch.reconcile.Incoming.posted;
import static dev.banksync.batch.reconcile.Incoming.removal;
import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.batch.ops.RunCounts;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The engine's plain-insert shortcut on a real PostgreSQL: when it applies, and that it gives what the full matching
 * path gives.
 */
@ExtendWith(BanksyncPostgres.class)
class PlainInsertsIT {

    private static final String API = "api:sandbox";

    @Test
    void aBatchThatCanOnlyInsertGivesTheSameRowsAndEventsWithoutStaging(TestDatabase db) {
        ReconcileHarness h = new ReconcileHarness(db).account("fresh").account("other-source");
        // another source's row (nothing like the batch) sends "other-source" down the full matching path
        h.apply("file:csv", posted("other-source", "fp-x:1", "2025-12-01", -99999, "SOMETHING ELSE").upsert());
        RunCounts plain = h.apply(API, batchFor("fresh"));
        RunCounts full = h.apply(API, batchFor("other-source"));

        assertThat(plain).isEqualTo(full).extracting(RunCounts::inserted).isEqualTo(4);
        assertThat(h.ledger("fresh").values()).containsExactlyElementsOf(h.ledger("other-source").values().stream()
                .filter(r -> !r.externalId().startsWith("fp-")).toList());
        var events = h.events();
        assertThat(events.subList(1, 5)).extracting(TransactionEvent::accountId).containsOnly("fresh");
        assertThat(events.subList(1, 5)).extracting(TransactionEvent::transactionId, TransactionEvent::version)
                .containsExactlyInAnyOrderElementsOf(h.ledger("fresh").keySet().stream()
                        .map(external -> org.assertj.core.groups.Tuple.tuple(h.transactionId("fresh", external), 1L))
                        .toList());
        assertThat(h.apply(API, batchFor("fresh")).duplicatesIgnored()).as("a repeat takes the full path").isEqualTo(4);
    }

    @Test
    void onlyARemovedPendingWithinReachOfTheBatchsPostingsTurnsAwayTheShortcut(TestDatabase db) {
        ReconcileHarness h = new ReconcileHarness(db).account("old-hold").account("recent-hold");
        for (String account : List.of("old-hold", "recent-hold")) {
            h.apply(API, pending(account, "p-dinner", account.equals("old-hold") ? "2025-06-01" : "2026-03-02", -5000,
                    "THE GOOD PLATE").upsert());
            h.apply(API, removal(account, "p-dinner"));
        }
        PlainInserts shortcut = new PlainInserts(h.owner(), new MatchCandidates(h.owner(), MatchPolicy.DEFAULT));
        Predicate<String> takesShortcut = account -> shortcut.plainChanges(new String[] {account},
                new StagedChanges(API, List.of(dinner(account))), 1).get(0);

        assertThat(takesShortcut.test("old-hold")).as("a pending removed long before the posting").isTrue();
        assertThat(takesShortcut.test("recent-hold")).as("a posting that may settle it").isFalse();

        h.apply(API, dinner("old-hold"));
        h.apply(API, dinner("recent-hold"));
        assertThat(h.ledger("old-hold").get("t-dinner").replacesExternalId()).isNull();
        assertThat(h.ledger("recent-hold").get("t-dinner").replacesExternalId()).isEqualTo("p-dinner");
    }

    @Test
    void aKnownRowInABatchThatLooksInsertOnlyIsMatchedAndTheNewRowsAreStillInserted(TestDatabase db) {
        ReconcileHarness h = new ReconcileHarness(db, 1).account("acc");
        h.apply(API, posted("acc", "t1", "2026-03-02", -450, "BLUE BOTTLE").upsert());

        // t2 is new, t1 is known with a tip added: the shortcut's COPY meets t1's key, gives way, and is tried again
        // without the rows the ledger holds, which are matched.
        IncomingChange[] batch = {posted("acc", "t2", "2026-03-03", -900, "CITY CAB").upsert(),
                posted("acc", "t1", "2026-03-02", -500, "BLUE BOTTLE").upsert()};
        assertThat(new PlainInserts(h.owner(), new MatchCandidates(h.owner(), MatchPolicy.DEFAULT))
                .plainChanges(new String[] {"acc"}, new StagedChanges(API, List.of(batch)), 1).cardinality())
                .as("nothing but the rows' own keys tells them from new ones").isEqualTo(2);
        RunCounts counts = h.apply(API, batch);

        assertThat(counts.inserted()).isEqualTo(1);
        assertThat(counts.updated()).isEqualTo(1);
        assertThat(h.ledger("acc").values()).extracting(ReconcileHarness.Row::externalId,
                        ReconcileHarness.Row::amountMinor, ReconcileHarness.Row::version)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("t1", -500L, 2L),
                        org.assertj.core.groups.Tuple.tuple("t2", -900L, 1L));
        assertThat(h.events()).extracting(TransactionEvent::transactionId, TransactionEvent::version)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(h.transactionId("acc", "t1"), 1L),
                        org.assertj.core.groups.Tuple.tuple(h.transactionId("acc", "t1"), 2L),
                        org.assertj.core.groups.Tuple.tuple(h.transactionId("acc", "t2"), 1L));
        assertThat(h.owner().queryForObject("SELECT count(*) FROM ledger.account_sources WHERE account_id = 'acc'",
                Long.class)).isEqualTo(1);
    }

    @Test
    void onlyThePostingsWithinReachOfARemovedPendingAreMatchedAndTheBatchEndsAsTheFullPathWouldLeaveIt(
            TestDatabase db) {
        ReconcileHarness h = besideAFullPathAccount(db, "split");
        for (String account : List.of("split", "other-source")) {
            h.apply(API, pending(account, "p-dinner", "2026-03-02", -5000, "THE GOOD PLATE").upsert());
            h.apply(API, removal(account, "p-dinner"));
        }
        assertThat(plainOf(h, "split", dayWithADinner("split")))
                .as("all but the posting of the ten days after the removed pending").containsExactly(0, 2, 3);
        assertThat(plainOf(h, "other-source", dayWithADinner("other-source")))
                .as("another source's account is matched wholly").isEmpty();

        RunCounts split = applyBesideItsTwin(h, "split", PlainInsertsIT::dayWithADinner);

        assertThat(split.inserted()).isEqualTo(4);
        assertThat(split.pendingPosted()).isEqualTo(1);
        assertThat(h.ledger("split").get("t-dinner").replacesExternalId()).isEqualTo("p-dinner");
    }

    @Test
    void aDailySyncWithLinksRemovalsAndModificationsMatchesOnlyWhatItMustAndEndsAsTheFullPathWouldLeaveIt(
            TestDatabase db) {
        ReconcileHarness h = besideAFullPathAccount(db, "daily");
        for (String account : List.of("daily", "other-source")) {
            h.apply(API, pending(account, "p-dinner", "2026-03-02", -5000, "THE GOOD PLATE").upsert(),
                    pending(account, "p-cab", "2026-03-03", -1800, "CITY CAB").upsert(),
                    posted(account, "t-old", "2026-02-01", -450, "BLUE BOTTLE").upsert());
        }
        PlainInserts shortcut = new PlainInserts(h.owner(), new MatchCandidates(h.owner(), MatchPolicy.DEFAULT));
        StagedChanges day = new StagedChanges(API, List.of(aDay("daily")));
        BitSet plain = shortcut.plainChanges(new String[] {"daily"}, day, 1);
        assertThat(shortcut.plainChanges(new String[] {"daily"}, day, 7).isEmpty())
                .as("fewer candidates than asked for, and not the whole batch: none, without asking").isTrue();
        assertThat(plain.stream().boxed().toList())
                .as("not the linked posting, the removal, nor the posting that could settle the removed pending")
                .containsExactly(2, 3, 4, 5, 6);
        assertThat(shortcut.known(day, plain).stream().boxed().toList())
                .as("the modified pending, which stops the first COPY and is matched instead").containsExactly(2);
        int eventsBefore = h.events().size();

        RunCounts split = applyBesideItsTwin(h, "daily", PlainInsertsIT::aDay);

        assertThat(split.inserted()).isEqualTo(6);
        assertThat(split.updated()).isEqualTo(1);
        assertThat(h.ledger("daily").get("t-dinner").replacesExternalId()).isEqualTo("p-dinner");
        assertThat(h.ledger("daily").get("t-plate").replacesExternalId()).as("its pending is claimed").isNull();
        assertThat(h.ledger("daily").get("p-cab").amountMinor()).isEqualTo(-2000);
        assertThat(h.events().subList(eventsBefore, h.events().size())).filteredOn(e -> e.accountId().equals("daily"))
                .hasSize(8);
    }

    @Test
    void aPostingInTheWindowOfARemovedPendingIsMatchedOnlyWhenItCouldSettleIt(TestDatabase db) {
        ReconcileHarness h = besideAFullPathAccount(db, "window");
        for (String account : List.of("window", "other-source")) {
            h.apply(API, pending(account, "p-dinner", "2026-03-02", -5000, "THE GOOD PLATE").merchant("The Good Plate")
                    .upsert());
            h.apply(API, removal(account, "p-dinner"));
        }
        assertThat(plainOf(h, "window", postingsInTheWindow("window")))
                .as("another known merchant, an amount far off, authorised days before, another currency")
                .containsExactly(2, 3, 4, 5);

        RunCounts split = applyBesideItsTwin(h, "window", PlainInsertsIT::postingsInTheWindow);

        assertThat(split.inserted()).isEqualTo(6);
        assertThat(split.pendingPosted()).isEqualTo(1);
        assertThat(h.ledger("window").get("t-dinner").replacesExternalId()).isEqualTo("p-dinner");
    }

    /**
     * Postings of the days after a removed dinner pending: its settlement (tipped), a less likely one, and four that
     * could not settle it. (A small hold would be within reach of them all: it may settle at any amount.)
     */
    private static IncomingChange[] postingsInTheWindow(String account) {
        return new IncomingChange[] {
            posted(account, "t-dinner", "2026-03-05", -5900, "POS 77 THE GOOD PLATE NY").merchant("The Good Plate")
                    .upsert(),
            posted(account, "t-plate", "2026-03-09", -5600, "THE GOOD PLATE TO GO").upsert(),
            posted(account, "t-cab", "2026-03-04", -5000, "THE GOOD CAB").merchant("City Cab").upsert(),
            posted(account, "t-feast", "2026-03-04", -9000, "THE GOOD PLATE").upsert(),
            posted(account, "t-lunch", "2026-03-06", -5000, "THE GOOD PLATE").authorized("2026-02-26").upsert(),
            posted(account, "t-paris", "2026-03-04", -5000, "THE GOOD PLATE").in("EUR").upsert()};
    }

    /**
     * A harness with {@code account} and its twin "other-source", which holds another source's row (nothing like
     * the tests' rows) and so takes the full matching path wholly: what the split account must end up like.
     */
    private static ReconcileHarness besideAFullPathAccount(TestDatabase db, String account) {
        ReconcileHarness h = new ReconcileHarness(db, 1).account(account).account("other-source");
        h.apply("file:csv", posted("other-source", "fp-x:1", "2025-12-01", -99999, "SOMETHING ELSE").upsert());
        return h;
    }

    /** Which changes of {@code batch} into {@code account} the short way would take (split threshold 1). */
    private static List<Integer> plainOf(ReconcileHarness h, String account, IncomingChange[] batch) {
        return new PlainInserts(h.owner(), new MatchCandidates(h.owner(), MatchPolicy.DEFAULT)).plainChanges(
                new String[] {account}, new StagedChanges(API, List.of(batch)), 1).stream().boxed().toList();
    }

    /**
     * Applies the day {@code batchFor} gives to {@code account}, then to its full-path twin, and checks that both
     * counted the same, that the account holds the rows the twin holds (but the other source's) and that it got the
     * same events; returns the account's counts.
     */
    private static RunCounts applyBesideItsTwin(ReconcileHarness h, String account,
                                                Function<String, IncomingChange[]> batchFor) {
        int eventsBefore = h.events().size();
        RunCounts split = h.apply(API, batchFor.apply(account));
        RunCounts full = h.apply(API, batchFor.apply("other-source"));

        assertThat(split).isEqualTo(full);
        assertThat(h.ledger(account).values()).containsExactlyInAnyOrderElementsOf(h.ledger("other-source").values()
                .stream().filter(r -> !r.externalId().startsWith("fp-")).toList());
        List<TransactionEvent> events = h.events().subList(eventsBefore, h.events().size());
        assertThat(eventsOf(h, events, account)).containsExactlyInAnyOrderElementsOf(eventsOf(h, events, "other-source"));
        return split;
    }

    /**
     * A day's cursor sync: a posting linked to its pending and that pending's removal, the modified amount of a known
     * pending, new rows that could not settle any pending (one in the removed pending's window, at another amount),
     * and last a posting that could settle the removed pending (if its link had not claimed it).
     */
    private static IncomingChange[] aDay(String account) {
        return new IncomingChange[] {
            posted(account, "t-dinner", "2026-03-05", -5900, "THE GOOD PLATE").settles("p-dinner").upsert(),
            removal(account, "p-dinner"),
            pending(account, "p-cab", "2026-03-03", -2000, "CITY CAB").upsert(),
            posted(account, "t-cinema", "2026-03-04", -1500, "CINEMA PARADISO").upsert(),
            posted(account, "t-rent", "2026-02-25", -120000, "RENT MARCH").upsert(),
            pending(account, "p-bar", "2026-03-06", -900, "THE CORNER BAR").upsert(),
            posted(account, "t-salary", "2026-03-20", 250000, "SALARY ACME").upsert(),
            posted(account, "t-plate", "2026-03-04", -4800, "THE GOOD PLATE").upsert()};
    }

    /** Each event of the account as (external id, version, status, external id of the pending it replaces). */
    private static List<List<Object>> eventsOf(ReconcileHarness h, List<TransactionEvent> events, String account) {
        Map<String, String> externalIds = new HashMap<>();
        h.ledger(account).keySet().forEach(external -> externalIds.put(h.transactionId(account, external), external));
        return events.stream().filter(e -> e.accountId().equals(account))
                .map(e -> Arrays.<Object>asList(externalIds.get(e.transactionId()), e.version(), e.status(),
                        e.replaces() == null ? null : externalIds.get(e.replaces())))
                .toList();
    }

    /** A day's sync: a posting before the removed pending, one that settles it, one long after, a new pending. */
    private static IncomingChange[] dayWithADinner(String account) {
        return new IncomingChange[] {posted(account, "t-early", "2026-02-20", -450, "BLUE BOTTLE").upsert(),
                dinner(account),
                posted(account, "t-late", "2026-03-20", 250000, "SALARY ACME").upsert(),
                pending(account, "p-cab", "2026-03-21", -1800, "CITY CAB").upsert()};
    }

    private static IncomingChange dinner(String account) {
        return posted(account, "t-dinner", "2026-03-05", -5900, "THE GOOD PLATE NEW YORK").upsert();
    }

    private static IncomingChange[] batchFor(String account) {
        return new IncomingChange[] {posted(account, "t1", "2026-03-02", -450, "BLUE BOTTLE").upsert(),
                posted(account, "t2", "2026-03-02", -450, "BLUE BOTTLE").upsert(),
                pending(account, "p1", "2026-03-03", -1800, "CITY CAB").upsert(),
                posted(account, "t3", "2026-03-04", 250000, "SALARY ACME").upsert()};
    }
}
