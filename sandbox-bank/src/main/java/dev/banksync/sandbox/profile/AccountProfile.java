package dev.banksync.sandbox.profile;

/**
 * One account of a simulated user.
 *
 * @param openingBalanceMinor the balance before the simulated history starts; for a credit card, what is owed
 * @param creditLimitMinor    the card's limit, 0 for depository accounts
 */
public record AccountProfile(String accountId, AccountType type, String currency, String mask, String name,
                             String officialName, long openingBalanceMinor, long creditLimitMinor) {

    public boolean isCard() {
        return type == AccountType.CREDIT_CARD;
    }
}
