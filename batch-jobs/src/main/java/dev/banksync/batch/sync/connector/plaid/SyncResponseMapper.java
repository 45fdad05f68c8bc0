package dev.banksync.batch.sync.connector.plaid;

import static dev.banksync.batch.sync.connector.plaid.PlaidStyleJson.banksyncAmount;
import static dev.banksync.batch.sync.connector.plaid.PlaidStyleJson.currency;
import static dev.banksync.batch.sync.connector.plaid.PlaidStyleJson.optionalDate;
import static dev.banksync.batch.sync.connector.plaid.PlaidStyleJson.optionalInstant;
import static dev.banksync.batch.sync.connector.plaid.PlaidStyleJson.optionalText;
import static dev.banksync.batch.sync.connector.plaid.PlaidStyleJson.requiredBoolean;
import static dev.banksync.batch.sync.connector.plaid.PlaidStyleJson.requiredDate;
import static dev.banksync.batch.sync.connector.plaid.PlaidStyleJson.requiredText;

import com.fasterxml.jackson.databind.JsonNode;
import dev.banksync.batch.sync.connector.BankAccount;
import dev.banksync.batch.sync.connector.BankAccount.AccountKind;
import dev.banksync.batch.sync.connector.BankTransaction;
import dev.banksync.batch.sync.connector.RemovedTransaction;
import dev.banksync.batch.sync.connector.SyncPage;
import dev.banksync.batch.sync.connector.UnreadableRecord;
import dev.banksync.batch.sync.connector.plaid.PlaidStyleJson.FieldException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Maps a Plaid-style {@code /transactions/sync} response onto a {@link SyncPage}. A record that cannot be read
 * becomes an {@link UnreadableRecord} naming its list, position and field; the rest of the page stays usable.
 * A response without the paging fields is not a page at all: that fails with {@link FieldException}.
 */
final class SyncResponseMapper {

    private SyncResponseMapper() {
    }

    static SyncPage page(JsonNode body) {
        List<UnreadableRecord> unreadable = new ArrayList<>();
        List<BankAccount> accounts = list(body, "accounts", SyncResponseMapper::account, unreadable);
        List<BankTransaction> added = list(body, "added", SyncResponseMapper::transaction, unreadable);
        List<BankTransaction> modified = list(body, "modified", SyncResponseMapper::transaction, unreadable);
        List<RemovedTransaction> removed = list(body, "removed", n -> new RemovedTransaction(
                requiredText(n, "account_id"), requiredText(n, "transaction_id")), unreadable);
        return new SyncPage(accounts, added, modified, removed, unreadable, requiredText(body, "next_cursor"),
                requiredBoolean(body, "has_more"));
    }

    static BankTransaction transaction(JsonNode n) {
        String currency = currency(n);
        boolean pending = requiredBoolean(n, "pending");
        String pendingId = pending ? null : optionalText(n, "pending_transaction_id");
        String name = optionalText(n, "name");
        String merchant = optionalText(n, "merchant_name");
        if ((name == null || name.isBlank()) && merchant == null) {
            throw new FieldException("name", "is missing (and there is no merchant_name either)");
        }
        return new BankTransaction(requiredText(n, "account_id"), requiredText(n, "transaction_id"), pendingId,
                pending, requiredDate(n, "date"), optionalDate(n, "authorized_date"),
                optionalInstant(n, "authorized_datetime"), banksyncAmount(n, "amount",
                currency), name == null || name.isBlank() ? merchant : name, merchant, optionalText(n, "mcc"));
    }

    static BankAccount account(JsonNode n) {
        String currency = currency(n.path("balances"));
        return new BankAccount(requiredText(n, "account_id"), optionalText(n, "name"), optionalText(n, "mask"),
                kind(optionalText(n, "type"), optionalText(n, "subtype")), currency);
    }

    static AccountKind kind(String type, String subtype) {
        String t = type == null ? "" : type.toLowerCase(Locale.ROOT);
        String s = subtype == null ? "" : subtype.toLowerCase(Locale.ROOT);
        return switch (t) {
            case "depository" -> s.equals("savings") || s.equals("money market") || s.equals("cd")
                    ? AccountKind.SAVINGS : AccountKind.CHECKING;
            case "credit" -> AccountKind.CREDIT_CARD;
            case "loan" -> AccountKind.LOAN;
            case "investment", "brokerage" -> AccountKind.INVESTMENT;
            default -> AccountKind.OTHER;
        };
    }

    private static <T> List<T> list(JsonNode body, String field, Function<JsonNode, T> read,
                                    List<UnreadableRecord> unreadable) {
        JsonNode array = body.get(field);
        if (array == null || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new FieldException(field, "is not a list");
        }
        List<T> items = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            JsonNode item = array.get(i);
            try {
                if (!item.isObject()) {
                    throw new FieldException(field, "item is not an object");
                }
                items.add(read.apply(item));
            } catch (FieldException e) {
                unreadable.add(new UnreadableRecord(field + "[" + i + "]", e.field, e.getMessage(), item.toString()));
            }
        }
        return items;
    }
}
