package dev.banksync.batch.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banksync.batch.ops.RunCounts;
import dev.banksync.batch.sync.ConnectionSync.SyncLimits;
import dev.banksync.batch.sync.connector.ConnectionContext;
import dev.banksync.batch.sync.connector.ConnectorException;
import dev.banksync.batch.sync.connector.ConnectorException.Kind;
import dev.banksync.batch.sync.connector.CursorConnector;
import dev.banksync.batch.sync.connector.SyncPage;
import dev.banksync.batch.sync.connector.WindowSnapshot;
import dev.banksync.batch.sync.token.AccessToken;
import java.util.ArrayList;
import java.util.LinkedList;
import java.util.List;
import java.util.Queue;
import org.junit.jupiter.api.Test;

class ConnectionSyncTest {

    private static final ConnectionContext CONNECTION = new ConnectionContext(1, "u", "fake", null,
            AccessToken.of("t"));

    /** A feed of pages "c0" → "c1" → … → "c<last>"; scripted failures are thrown before the page they name. */
    private static final class Feed implements CursorConnector {
        final int last;
        final Queue<String> failBefore = new LinkedList<>();
        final List<String> requested = new ArrayList<>();

        Feed(int last) {
            this.last = last;
        }

        @Override
        public String provider() {
            return "fake";
        }

        @Override
        public SyncPage fetch(ConnectionContext connection, String cursor) {
            int from = cursor == null ? 0 : Integer.parseInt(cursor.substring(1));
            requested.add(cursor);
            if (("c" + from).equals(failBefore.peek())) {
                failBefore.poll();
                throw new ConnectorException(Kind.MUTATION_DURING_PAGINATION, "changed");
            }
            return new SyncPage(List.of(), List.of(), List.of(), List.of(), List.of(), "c" + (from + 1),
                    from + 1 < last);
        }
    }

    /** Commits are recorded as "from→to (pages)" and move the saved cursor. */
    private static final class Store implements SyncStore {
        String cursor;
        final List<String> commits = new ArrayList<>();

        @Override
        public String committedCursor() {
            return cursor;
        }

        @Override
        public RunCounts commitPages(String fromCursor, List<SyncPage> pages) {
            assertThat(fromCursor).isEqualTo(cursor);
            cursor = pages.get(pages.size() - 1).nextCursor();
            commits.add(fromCursor + "→" + cursor + " (" + pages.size() + ")");
            return new RunCounts(pages.size(), 0, 0, 0, 0, 0, 0);
        }

        @Override
        public RunCounts commitSnapshot(WindowSnapshot snapshot) {
            throw new UnsupportedOperationException();
        }
    }

    @Test
    void commitsAtMostTheConfiguredPagesAtATimeUntilTheProviderHasNoMore() {
        Store store = new Store();
        ConnectionSync sync = new ConnectionSync(new Feed(5), CONNECTION, store, new SyncLimits(2, 3), 30);

        List<Boolean> more = new ArrayList<>();
        do {
            more.add(sync.step());
        } while (more.get(more.size() - 1));

        assertThat(store.commits).containsExactly("null→c2 (2)", "c2→c4 (2)", "c4→c5 (1)");
        assertThat(more).containsExactly(true, true, false);
        assertThat(sync.total().fetched()).isEqualTo(5);
    }

    @Test
    void aMutationDuringPaginationDropsTheUncommittedPagesAndRestartsFromTheCommittedCursor() {
        Feed feed = new Feed(6);
        feed.failBefore.add("c3"); // in the middle of the second commit's pages
        Store store = new Store();
        ConnectionSync sync = new ConnectionSync(feed, CONNECTION, store, new SyncLimits(3, 3), 30);

        while (sync.step()) {
            // until done
        }

        assertThat(store.commits).containsExactly("null→c3 (3)", "c3→c6 (3)");
        assertThat(feed.requested).containsExactly(null, "c1", "c2", "c3", "c3", "c4", "c5");
        assertThat(sync.paginationRestarts()).isEqualTo(1);
    }

    @Test
    void aProviderThatKeepsMutatingIsGivenUpOnWithTheReasonAndNothingUncommittedIsWritten() {
        Feed feed = new Feed(6);
        for (int i = 0; i < 3; i++) {
            feed.failBefore.add("c1");
        }
        Store store = new Store();
        ConnectionSync sync = new ConnectionSync(feed, CONNECTION, store, new SyncLimits(3, 2), 30);

        assertThatThrownBy(sync::step).isInstanceOfSatisfying(ConnectorException.class, e ->
                assertThat(e.kind()).isEqualTo(Kind.MUTATION_DURING_PAGINATION))
                .hasMessageContaining("gave up after 2 restarts");
        assertThat(store.commits).isEmpty();
    }

    @Test
    void theLimitIsOnRestartsInARowNotOnRestartsOverTheWholeSync() {
        Feed feed = new Feed(12);
        for (int page = 1; page < 12; page++) {
            feed.failBefore.add("c" + page); // one mutation in every commit's pagination: 11 restarts in all
        }
        Store store = new Store();
        ConnectionSync sync = new ConnectionSync(feed, CONNECTION, store, new SyncLimits(2, 2), 30);

        while (sync.step()) {
            // until done: each commit is progress, so 2 restarts in a row are never exceeded
        }

        assertThat(store.cursor).isEqualTo("c12");
        assertThat(sync.paginationRestarts()).isEqualTo(11);
    }

    @Test
    void otherFailuresEndTheStepWithoutACommit() {
        Store store = new Store();
        CursorConnector expired = new CursorConnector() {
            @Override
            public String provider() {
                return "fake";
            }

            @Override
            public SyncPage fetch(ConnectionContext connection, String cursor) {
                throw new ConnectorException(Kind.LOGIN_REQUIRED, "ITEM_LOGIN_REQUIRED");
            }
        };
        ConnectionSync sync = new ConnectionSync(expired, CONNECTION, store, SyncLimits.DEFAULT, 30);

        assertThatThrownBy(sync::step).hasMessage("ITEM_LOGIN_REQUIRED");
        assertThat(store.commits).isEmpty();
    }
}
