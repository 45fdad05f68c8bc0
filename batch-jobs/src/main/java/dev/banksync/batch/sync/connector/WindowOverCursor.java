package dev.banksync.batch.sync.connector;

import dev.banksync.batch.sync.connector.ConnectorException.Kind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A window provider made from a cursor feed that keeps no cursor between syncs: every sync pages from the start,
 * folds the pages into the live set and keeps the last {@code days} days (the window's last day included). It serves providers whose cursors
 * expire, and lets the sandbox bank exercise the window mode of the sync job. The window ends at the latest date
 * the provider reported (the provider's today, whatever our clock says).
 */
public final class WindowOverCursor implements WindowConnector {

    private final String provider;
    private final CursorConnector feed;
    private final int maxRestarts;

    public WindowOverCursor(String provider, CursorConnector feed, int maxRestarts) {
        this.provider = provider;
        this.feed = feed;
        this.maxRestarts = maxRestarts;
    }

    @Override
    public String provider() {
        return provider;
    }

    /** The same window over {@code wrap(feed)}: a guard goes around each page request, not the whole window. */
    public WindowOverCursor withFeed(java.util.function.UnaryOperator<CursorConnector> wrap) {
        return new WindowOverCursor(provider, wrap.apply(feed), maxRestarts);
    }

    @Override
    public WindowSnapshot fetchWindow(ConnectionContext connection, int days) {
        for (int attempt = 0; ; attempt++) {
            try {
                return fold(connection, days);
            } catch (ConnectorException e) {
                if (e.kind() != Kind.MUTATION_DURING_PAGINATION || attempt >= maxRestarts) {
                    throw e;
                }
            }
        }
    }

    private WindowSnapshot fold(ConnectionContext connection, int days) {
        Map<String, BankAccount> accounts = new LinkedHashMap<>();
        Map<String, BankTransaction> live = new LinkedHashMap<>();
        List<UnreadableRecord> unreadable = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            SyncPage page = feed.fetch(connection, cursor);
            page.accounts().forEach(a -> accounts.put(a.externalAccountId(), a));
            page.added().forEach(t -> live.put(t.externalAccountId() + "/" + t.externalId(), t));
            page.modified().forEach(t -> live.put(t.externalAccountId() + "/" + t.externalId(), t));
            page.removed().forEach(r -> live.remove(r.externalAccountId() + "/" + r.externalId()));
            unreadable.addAll(page.unreadable());
            cursor = page.nextCursor();
            more = page.hasMore();
        }
        LocalDate to = live.values().stream().map(BankTransaction::date).max(LocalDate::compareTo)
                .orElse(LocalDate.now(java.time.ZoneOffset.UTC));
        LocalDate from = to.minusDays(days - 1L); // the last `days` days, `to` included
        List<BankTransaction> inWindow = live.values().stream()
                .filter(t -> !t.date().isBefore(from) && !t.date().isAfter(to)).toList();
        return new WindowSnapshot(List.copyOf(accounts.values()), inWindow, unreadable, from, to);
    }
}
