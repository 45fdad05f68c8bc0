package dev.banksync.batch.sync;

import dev.banksync.batch.ops.RejectedRecords.Rejection;
import dev.banksync.batch.reconcile.IncomingChange;
import dev.banksync.batch.reconcile.IncomingTransaction;
import dev.banksync.batch.sync.connector.BankTransaction;
import dev.banksync.batch.sync.connector.RemovedTransaction;
import dev.banksync.batch.sync.connector.SyncPage;
import dev.banksync.batch.sync.connector.UnreadableRecord;
import dev.banksync.core.event.TransactionEvent.TransactionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns what a provider delivered into the matching engine's changes, in delivery order, on the connection's
 * ledger accounts; what cannot be placed (unreadable records, a transaction of an account the provider never
 * listed) becomes a rejection for the quarantine, named by page and position.
 */
public final class ProviderChanges {

    private final List<IncomingChange> changes = new ArrayList<>();
    private final List<Rejection> rejections = new ArrayList<>();
    private final String userId;
    private final Map<String, String> accounts;

    /** @param accounts provider account id to ledger account id */
    public ProviderChanges(String userId, Map<String, String> accounts) {
        this.userId = userId;
        this.accounts = accounts;
    }

    /** @param where names the page in rejections, e.g. {@code page ending at cursor …} */
    public ProviderChanges addPage(SyncPage page, String where) {
        addTransactions(page.added(), where + " added");
        addTransactions(page.modified(), where + " modified");
        for (int i = 0; i < page.removed().size(); i++) {
            RemovedTransaction r = page.removed().get(i);
            String account = accounts.get(r.externalAccountId());
            if (account == null) {
                rejectUnknownAccount(where + " removed[" + i + "]", r.externalAccountId(), r.toString());
            } else {
                changes.add(new IncomingChange.Removal(account, userId, r.externalId()));
            }
        }
        addUnreadable(page.unreadable(), where);
        return this;
    }

    public ProviderChanges addTransactions(List<BankTransaction> transactions, String where) {
        for (int i = 0; i < transactions.size(); i++) {
            BankTransaction t = transactions.get(i);
            String account = accounts.get(t.externalAccountId());
            if (account == null) {
                rejectUnknownAccount(where + "[" + i + "]", t.externalAccountId(), t.toString());
            } else {
                changes.add(new IncomingChange.Upsert(incoming(account, t)));
            }
        }
        return this;
    }

    public ProviderChanges addUnreadable(List<UnreadableRecord> unreadable, String where) {
        for (UnreadableRecord u : unreadable) {
            rejections.add(new Rejection(where + " " + u.location(), u.field(), u.reason(), u.raw()));
        }
        return this;
    }

    public List<IncomingChange> changes() {
        return changes;
    }

    public List<Rejection> rejections() {
        return rejections;
    }

    private IncomingTransaction incoming(String accountId, BankTransaction t) {
        return new IncomingTransaction(accountId, userId, t.externalId(), t.pendingExternalId(),
                t.pending() ? TransactionStatus.PENDING : TransactionStatus.POSTED, t.date(), null,
                t.authorizedDate(), t.authorizedAt(), t.amount(), t.description(), t.merchant(), t.mcc());
    }

    private void rejectUnknownAccount(String location, String externalAccountId, String raw) {
        rejections.add(new Rejection(location, "account_id", "account '" + externalAccountId
                + "' is not among the accounts the provider listed for this connection", raw));
    }
}
