package dev.banksync.batch.sync.connector;

import java.util.Objects;

/** An account of the connection as the provider describes it. */
public record BankAccount(String externalAccountId, String name, String mask, AccountKind kind, String currency) {

    /** The account types {@code ledger.accounts.type} knows. */
    public enum AccountKind { CHECKING, SAVINGS, CREDIT_CARD, LOAN, INVESTMENT, OTHER }

    public BankAccount {
        Objects.requireNonNull(externalAccountId, "externalAccountId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(currency, "currency");
        name = name == null || name.isBlank() ? externalAccountId : name;
    }
}
