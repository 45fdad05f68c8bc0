package dev.banksync.sandbox.simulation;

import dev.banksync.sandbox.catalog.Merchant;
import dev.banksync.sandbox.catalog.MerchantCatalog;
import dev.banksync.sandbox.catalog.StatementFormats;
import dev.banksync.sandbox.profile.AccountProfile;
import dev.banksync.sandbox.profile.Subscription;
import dev.banksync.sandbox.profile.UserProfile;
import dev.banksync.sandbox.random.OpaqueIds;
import dev.banksync.sandbox.random.Seeds;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * One user's simulation state: the fixed profile plus what evolves day by day (ids handed out, what the card
 * owes, the savings balance, subscription prices, merchants already used).
 */
final class SimulationContext {

    private static final long PURPOSE_LIFECYCLE = 0x11FEL;

    final long seed;
    final UserProfile profile;
    final MerchantCatalog catalog;
    final StatementRenderer renderer;
    private final OpaqueIds ids;
    private final LocalDate startDate;
    private long sequence;
    private long cardOwedMinor;
    private long savingsBalanceMinor;
    private final long[] subscriptionPrices;
    private final Set<String> usedMerchants = new HashSet<>();

    SimulationContext(long seed, UserProfile profile, MerchantCatalog catalog, StatementFormats formats,
                      LocalDate startDate) {
        this.seed = seed;
        this.profile = profile;
        this.catalog = catalog;
        this.renderer = new StatementRenderer(seed, profile, formats);
        this.ids = new OpaqueIds(seed);
        this.startDate = startDate;
        this.cardOwedMinor = profile.card() == null ? 0 : profile.card().openingBalanceMinor();
        this.savingsBalanceMinor = profile.savings() == null ? 0 : profile.savings().openingBalanceMinor();
        this.subscriptionPrices = profile.subscriptions().stream().mapToLong(Subscription::initialPriceMinor).toArray();
    }

    LocalDate dateOf(int day) {
        return startDate.plusDays(day);
    }

    String nextTransactionId() {
        return ids.transaction(profile.index(), sequence++);
    }

    /** A random stream for the lifecycle of the next transaction, independent of everything else. */
    SplittableRandom lifecycleStream() {
        return Seeds.stream(seed, PURPOSE_LIFECYCLE, profile.index(), sequence);
    }

    /** Tracks what the credit card owes, to size the monthly card payment. */
    void posted(AccountProfile account, long amountMinor) {
        if (account.isCard()) {
            cardOwedMinor -= amountMinor;
        }
    }

    long cardOwedMinor() {
        return cardOwedMinor;
    }

    void addSavings(long amountMinor) {
        savingsBalanceMinor += amountMinor;
    }

    long savingsBalanceMinor() {
        return savingsBalanceMinor;
    }

    long subscriptionPrice(Subscription s) {
        return subscriptionPrices[s.index()];
    }

    void raiseSubscriptionPrice(Subscription s, long newPriceMinor) {
        subscriptionPrices[s.index()] = newPriceMinor;
    }

    void markUsed(Merchant merchant) {
        usedMerchants.add(merchant.id());
    }

    boolean used(Merchant merchant) {
        return usedMerchants.contains(merchant.id());
    }
}
