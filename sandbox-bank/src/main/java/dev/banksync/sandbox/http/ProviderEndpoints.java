package dev.banksync.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import dev.banksync.sandbox.SimulatedBank;
import dev.banksync.sandbox.api.BankApiException;
import dev.banksync.sandbox.api.BankError;
import dev.banksync.sandbox.api.PlaidJson;
import dev.banksync.sandbox.connection.Connection;
import dev.banksync.sandbox.fault.Endpoint;
import dev.banksync.sandbox.fault.FaultRule;
import dev.banksync.sandbox.sync.SyncCursor;
import dev.banksync.sandbox.sync.SyncPage;
import dev.banksync.sandbox.sync.SyncService;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The aggregator API a connector talks to: {@code POST /transactions/sync} and {@code POST /accounts/get}.
 * Requests are validated first (a malformed request is the client's bug, never an injected fault); then the
 * fault plan may refuse, slow down, hang up on or garble the answer.
 */
final class ProviderEndpoints {

    private final SimulatedBank bank;

    ProviderEndpoints(SimulatedBank bank) {
        this.bank = bank;
    }

    Reply sync(HttpCall call) {
        JsonNode body = call.jsonObject();
        Connection connection = bank.connectionForToken(Fields.requiredText(body, "access_token"));
        SyncCursor cursor = bank.cursors().decode(connection.index(), Fields.optionalText(body, "cursor"));
        Integer requested = Fields.optionalInt(body, "count");
        int count = requested == null ? SyncService.DEFAULT_COUNT : requested;
        if (count < 1 || count > SyncService.MAX_COUNT) {
            throw new BankApiException(BankError.INVALID_FIELD, "count must be between 1 and " + SyncService.MAX_COUNT);
        }
        String requestId = call.requestId(bank.config().seed(), bank.clock().day());
        Optional<FaultRule> fault = bank.faults().next(connection.connectionId(), Endpoint.TRANSACTIONS_SYNC,
                cursor.midPagination());
        return answer(fault, Endpoint.TRANSACTIONS_SYNC, requestId, () -> {
            SimulatedBank.SyncResult result = bank.sync(connection, cursor, count);
            SyncPage page = result.page();
            return Reply.json(200, new PlaidJson.SyncResponse(
                    page.added().stream().map(PlaidJson::transaction).toList(),
                    page.modified().stream().map(PlaidJson::transaction).toList(),
                    page.removed().stream().map(PlaidJson::removed).toList(),
                    page.nextCursor(), page.hasMore(), "HISTORICAL_UPDATE_COMPLETE",
                    result.accounts().stream().map(PlaidJson::account).toList(), requestId));
        });
    }

    Reply accounts(HttpCall call) {
        JsonNode body = call.jsonObject();
        Connection connection = bank.connectionForToken(Fields.requiredText(body, "access_token"));
        String requestId = call.requestId(bank.config().seed(), bank.clock().day());
        Optional<FaultRule> fault = bank.faults().next(connection.connectionId(), Endpoint.ACCOUNTS_GET, false);
        return answer(fault, Endpoint.ACCOUNTS_GET, requestId, () -> Reply.json(200, new PlaidJson.AccountsResponse(
                bank.accounts(connection).stream().map(PlaidJson::account).toList(),
                new PlaidJson.ItemJson(connection.connectionId(), connection.institution()), requestId)));
    }

    private static Reply answer(Optional<FaultRule> fault, Endpoint endpoint, String requestId, Supplier<Reply> ok) {
        if (fault.isEmpty()) {
            return ok.get();
        }
        FaultRule rule = fault.get();
        return switch (rule.kind()) {
            case RATE_LIMIT -> Reply.error(new BankApiException(endpoint == Endpoint.TRANSACTIONS_SYNC
                            ? BankError.TRANSACTIONS_SYNC_LIMIT : BankError.ACCOUNTS_LIMIT,
                            "rate limit exceeded for this item; retry after " + rule.retryAfterSeconds() + " s"),
                    requestId).withHeader("Retry-After", String.valueOf(rule.retryAfterSeconds()));
            case SERVER_ERROR -> Reply.error(rule.status() == 503
                    ? new BankApiException(BankError.PLANNED_MAINTENANCE, 503, "the bank is under maintenance")
                    : new BankApiException(BankError.INTERNAL_SERVER_ERROR, rule.status(),
                    "an unexpected error occurred at the bank"), requestId);
            case EXPIRED_TOKEN -> Reply.error(new BankApiException(BankError.ITEM_LOGIN_REQUIRED,
                    "the login details of this item have changed (credentials, MFA, or required user action)"),
                    requestId);
            case MUTATION_DURING_PAGINATION -> Reply.error(new BankApiException(BankError.MUTATION_DURING_PAGINATION,
                    "underlying transaction data changed during pagination; restart from the first cursor of "
                            + "this pagination loop"), requestId);
            case SLOW -> ok.get().after(rule.effectiveDelay());
            case TIMEOUT -> Reply.hang(rule.effectiveDelay());
            case MALFORMED_JSON -> ok.get().truncated();
        };
    }
}
