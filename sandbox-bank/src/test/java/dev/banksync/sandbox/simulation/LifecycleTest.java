package dev.banksync.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.sandbox.ledger.Change;
import dev.banksync.sandbox.ledger.ChangeLog;
import dev.banksync.sandbox.ledger.SimTransaction;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Replays the change logs of 30 users over their history plus ten days and checks the pending/posted life. */
class LifecycleTest {

    private static final int USERS = 30;
    private static final int DAY = 10;

    /** What happened, counted over every log. */
    private static int linkedPosts;
    private static int unlinkedPosts;
    private static int vanishedPendings;
    private static int postedAmountDiffers;
    private static int postedModified;
    private static int postedRemoved;
    private static int pendingModified;

    @BeforeAll
    static void replay() {
        for (int user = 0; user < USERS; user++) {
            replay(Simulators.simulatedTo(42, user, DAY).log());
        }
    }

    /** Folds one log, asserting its consistency entry by entry. */
    private static void replay(ChangeLog log) {
        int end = log.endOf(DAY);
        Map<String, SimTransaction> live = new HashMap<>();
        Map<String, SimTransaction> everPending = new HashMap<>();
        Set<String> postedSuccessors = new HashSet<>();
        for (int i = 0; i < end; i++) {
            Change c = log.get(i);
            SimTransaction t = c.transaction();
            switch (c.kind()) {
                case ADDED -> {
                    assertThat(live).doesNotContainKey(t.transactionId());
                    if (t.pending()) {
                        everPending.put(t.transactionId(), t);
                    } else if (t.replacesPendingId() != null) {
                        SimTransaction pending = everPending.get(t.replacesPendingId());
                        assertThat(pending).as("posted %s replaces a pending that existed", t.transactionId())
                                .isNotNull();
                        assertThat(live).as("its pending is still live when it posts")
                                .containsKey(t.replacesPendingId());
                        assertThat(t.accountId()).isEqualTo(pending.accountId());
                        assertThat(t.date()).isAfter(pending.date());
                        postedSuccessors.add(t.replacesPendingId());
                        if (t.pendingTransactionId() == null) {
                            unlinkedPosts++;
                        } else {
                            assertThat(t.pendingTransactionId()).isEqualTo(t.replacesPendingId());
                            linkedPosts++;
                        }
                        if (t.amountMinor() != live.get(t.replacesPendingId()).amountMinor()) {
                            postedAmountDiffers++;
                        }
                    }
                    live.put(t.transactionId(), t);
                }
                case MODIFIED -> {
                    assertThat(live).as("modified %s is live", t.transactionId()).containsKey(t.transactionId());
                    assertThat(t.pending()).isEqualTo(live.get(t.transactionId()).pending());
                    if (t.pending()) {
                        pendingModified++;
                    } else {
                        postedModified++;
                    }
                    live.put(t.transactionId(), t);
                }
                case REMOVED -> {
                    assertThat(live).as("removed %s is live", t.transactionId()).containsKey(t.transactionId());
                    live.remove(t.transactionId());
                    if (t.pending() && !postedSuccessors.contains(t.transactionId())) {
                        vanishedPendings++;
                    } else if (!t.pending()) {
                        postedRemoved++;
                    }
                }
                default -> throw new AssertionError(c.kind());
            }
        }
        assertThat(live).isEqualTo(log.liveAt(end));
        // a pending either posted (and was removed), vanished, or is still waiting, and then it is recent
        for (SimTransaction t : live.values()) {
            if (t.pending()) {
                assertThat(t.date()).isAfterOrEqualTo(Simulators.START.plusDays(DAY - 7));
            }
        }
        // no posted transaction supersedes a pending that is still live
        for (SimTransaction t : live.values()) {
            if (!t.pending() && t.replacesPendingId() != null) {
                assertThat(live).doesNotContainKey(t.replacesPendingId());
            }
        }
    }

    @Test
    void most_posted_card_payments_name_their_pending_and_some_do_not() {
        assertThat(linkedPosts).isGreaterThan(1000);
        assertThat(unlinkedPosts).isPositive().isLessThan(linkedPosts / 5);
    }

    @Test
    void some_pendings_vanish_without_posting() {
        assertThat(vanishedPendings).isPositive();
    }

    @Test
    void some_postings_differ_in_amount_from_their_pending() {
        assertThat(postedAmountDiffers).isPositive();
    }

    @Test
    void posted_transactions_are_sometimes_corrected_or_reversed_and_pendings_sometimes_grow() {
        assertThat(postedModified).isPositive();
        assertThat(postedRemoved).isPositive();
        assertThat(pendingModified).isPositive();
    }
}
