package dev.banksync.batch.sync;

import dev.banksync.batch.ops.RunCounts;
import dev.banksync.batch.sync.connector.BankConnector;
import dev.banksync.batch.sync.connector.ConnectionContext;
import dev.banksync.batch.sync.connector.ConnectorException;
import dev.banksync.batch.sync.connector.ConnectorException.Kind;
import dev.banksync.batch.sync.connector.CursorConnector;
import dev.banksync.batch.sync.connector.SyncPage;
import dev.banksync.batch.sync.connector.WindowConnector;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Syncs one connection, one commit at a time. For a cursor provider, a step fetches up to
 * {@link SyncLimits#pagesPerCommit()} pages from the last committed cursor and commits them with their cursor; a
 * "mutation during pagination" drops the uncommitted pages and restarts from the committed cursor. For a window
 * provider, one step takes and commits the whole window. Retries of single requests happen below, in the
 * provider's guard; what reaches this class has already exhausted them.
 */
public final class ConnectionSync {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionSync.class);

    /**
     * @param pagesPerCommit        provider pages reconciled per database transaction
     * @param maxPaginationRestarts restarts after "mutation during pagination", without a commit between them,
     *                              before the sync gives up
     */
    public record SyncLimits(int pagesPerCommit, int maxPaginationRestarts) {

        public static final SyncLimits DEFAULT = new SyncLimits(8, 10);

        public SyncLimits {
            if (pagesPerCommit < 1 || maxPaginationRestarts < 0) {
                throw new IllegalArgumentException("pagesPerCommit must be >= 1, maxPaginationRestarts >= 0");
            }
        }
    }

    private final BankConnector connector;
    private final ConnectionContext connection;
    private final SyncStore store;
    private final SyncLimits limits;
    private final int windowDays;
    private RunCounts total = RunCounts.ZERO;
    private int restarts;
    /** Restarts since the last commit: the limit is on these, since each commit is progress that stays. */
    private int restartsSinceCommit;

    public ConnectionSync(BankConnector connector, ConnectionContext connection, SyncStore store, SyncLimits limits,
                          int windowDays) {
        this.connector = connector;
        this.connection = connection;
        this.store = store;
        this.limits = limits;
        this.windowDays = windowDays;
    }

    /** Fetches and commits the next unit of work; true while the provider has more right now. */
    public boolean step() {
        if (connector instanceof CursorConnector cursorConnector) {
            return cursorStep(cursorConnector);
        }
        total = total.plus(store.commitSnapshot(((WindowConnector) connector).fetchWindow(connection, windowDays)));
        return false;
    }

    /** What this sync committed so far. */
    public RunCounts total() {
        return total;
    }

    /** How often the provider's data changed under our pagination. */
    public int paginationRestarts() {
        return restarts;
    }

    private boolean cursorStep(CursorConnector cursorConnector) {
        String from = store.committedCursor();
        List<SyncPage> pages = new ArrayList<>();
        String cursor = from;
        boolean more = true;
        while (more && pages.size() < limits.pagesPerCommit()) {
            try {
                SyncPage page = cursorConnector.fetch(connection, cursor);
                pages.add(page);
                cursor = page.nextCursor();
                more = page.hasMore();
            } catch (ConnectorException e) {
                if (e.kind() != Kind.MUTATION_DURING_PAGINATION) {
                    throw e;
                }
                restartPagination(e, pages.size());
                pages.clear();
                cursor = from;
                more = true;
            }
        }
        total = total.plus(store.commitPages(from, pages));
        restartsSinceCommit = 0;
        return more;
    }

    private void restartPagination(ConnectorException e, int dropped) {
        restarts++;
        if (++restartsSinceCommit > limits.maxPaginationRestarts()) {
            throw new ConnectorException(Kind.MUTATION_DURING_PAGINATION, "the data of " + connection
                    + " kept changing during pagination: gave up after " + limits.maxPaginationRestarts()
                    + " restarts in a row from the last committed cursor (" + e.getMessage() + ")", null, e);
        }
        LOG.info("{}: data changed during pagination; dropping {} uncommitted page(s), restarting from the last "
                + "committed cursor (restart {})", connection, dropped, restarts);
    }
}
