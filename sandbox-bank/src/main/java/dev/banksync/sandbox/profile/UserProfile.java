package dev.banksync.sandbox.profile;

import dev.banksync.sandbox.catalog.MerchantKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Everything fixed about one simulated user (and their one bank connection): who they are, their accounts, what
 * recurs in their life and where they like to shop. Generated from the seed by {@link ProfileGenerator}.
 *
 * @param savings         null when the user has no savings account
 * @param card            null when the user has no credit card
 * @param foreign         null unless the user keeps a second-currency account (spent in {@code foreignCountry})
 * @param statementStyle  picks this bank's house style among a country's statement formats
 * @param cardShare       the fraction of card purchases made on the credit card rather than the debit card
 * @param activity        a multiplier of each discretionary kind's average daily rate
 */
public record UserProfile(int index, String userId, String connectionId, Country country, Country.City city,
                          String institution, int statementStyle, boolean reportsMcc, String debitCardLast4,
                          AccountProfile checking, AccountProfile savings, AccountProfile card,
                          AccountProfile foreign, Country foreignCountry, PaySchedule pay, RecurringBill housing,
                          List<RecurringBill> bills, List<Subscription> subscriptions,
                          Map<MerchantKind, List<Favourite>> favourites, Map<MerchantKind, Double> activity,
                          double cardShare, long savingsMonthlyMinor, int savingsDay, int cardDueDay,
                          boolean paysMonthlyFee) {

    /** The accounts in a stable order: checking, savings, card, foreign-currency. */
    public List<AccountProfile> accounts() {
        List<AccountProfile> accounts = new ArrayList<>(4);
        accounts.add(checking);
        for (AccountProfile a : new AccountProfile[] {savings, card, foreign}) {
            if (a != null) {
                accounts.add(a);
            }
        }
        return accounts;
    }

    public String homeCurrency() {
        return country.currency();
    }
}
