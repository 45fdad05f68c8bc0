package dev.banksync.sandbox.api;

import dev.banksync.sandbox.accounts.AccountSnapshot;
import dev.banksync.sandbox.ledger.SimTransaction;
import dev.banksync.sandbox.profile.AccountProfile;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * The provider API's JSON shapes, modelled on Plaid's. Amounts follow Plaid's sign convention (positive = money
 * out of the account) and carry exactly the currency's minor digits; banksync's own convention is the opposite.
 */
public final class PlaidJson {

    private PlaidJson() {
    }

    public record TransactionJson(String transactionId, String accountId, BigDecimal amount, String isoCurrencyCode,
                                  String unofficialCurrencyCode, LocalDate date, LocalDate authorizedDate,
                                  Instant authorizedDatetime, String name, String merchantName, boolean pending,
                                  String pendingTransactionId, String paymentChannel, String mcc,
                                  String transactionCode) {
    }

    public record RemovedJson(String transactionId, String accountId) {
    }

    public record BalancesJson(BigDecimal available, BigDecimal current, BigDecimal limit, String isoCurrencyCode,
                               String unofficialCurrencyCode) {
    }

    public record AccountJson(String accountId, String name, String officialName, String mask, String type,
                              String subtype, BalancesJson balances) {
    }

    public record SyncResponse(List<TransactionJson> added, List<TransactionJson> modified,
                               List<RemovedJson> removed, String nextCursor, boolean hasMore,
                               String transactionsUpdateStatus, List<AccountJson> accounts, String requestId) {
    }

    public record ItemJson(String itemId, String institutionName) {
    }

    public record AccountsResponse(List<AccountJson> accounts, ItemJson item, String requestId) {
    }

    public record ErrorJson(String errorType, String errorCode, String errorMessage, String displayMessage,
                            String requestId) {
    }

    public static TransactionJson transaction(SimTransaction t) {
        return new TransactionJson(t.transactionId(), t.accountId(), plaidAmount(t.amountMinor(), t.currency()),
                t.currency(), null, t.date(), t.authorizedDate(), t.authorizedAt(), t.name(), t.merchantName(),
                t.pending(), t.pendingTransactionId(), t.paymentChannel(), t.mcc(), t.transactionCode());
    }

    public static RemovedJson removed(SimTransaction t) {
        return new RemovedJson(t.transactionId(), t.accountId());
    }

    public static AccountJson account(AccountSnapshot s) {
        AccountProfile a = s.account();
        BalancesJson balances = new BalancesJson(decimal(s.availableMinor(), a.currency()),
                decimal(s.currentMinor(), a.currency()), decimal(s.limitMinor(), a.currency()), a.currency(), null);
        return new AccountJson(a.accountId(), a.name(), a.officialName(), a.mask(), a.type().plaidType(),
                a.type().plaidSubtype(), balances);
    }

    /** banksync minor units (money out negative) to a Plaid amount (money out positive). */
    public static BigDecimal plaidAmount(long banksyncMinor, String currency) {
        return BigDecimal.valueOf(-banksyncMinor, digits(currency));
    }

    private static BigDecimal decimal(Long minor, String currency) {
        return minor == null ? null : BigDecimal.valueOf(minor, digits(currency));
    }

    private static int digits(String currency) {
        return Currency.getInstance(currency).getDefaultFractionDigits();
    }
}
