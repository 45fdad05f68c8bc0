package dev.banksync.sandbox.simulation;

import dev.banksync.sandbox.catalog.Rail;
import dev.banksync.sandbox.profile.AccountProfile;
import dev.banksync.sandbox.profile.BusinessDays;
import dev.banksync.sandbox.random.Draw;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * Money moving between a user's own accounts, and what the bank itself books: savings transfers and interest,
 * the monthly credit-card payment, top-ups of a second-currency account, account fees.
 */
final class AccountTransfers {

    /** Annual interest on savings, in basis points. */
    private static final int SAVINGS_RATE_BPS = 300;
    private static final int TOP_UP_DAY = 10;
    private static final int FEE_DAY = 28;

    private final SimulationContext ctx;

    AccountTransfers(SimulationContext ctx) {
        this.ctx = ctx;
    }

    void simulate(int day, SplittableRandom rng, Timeline timeline) {
        LocalDate date = ctx.dateOf(day);
        AccountProfile checking = ctx.profile.checking();
        AccountProfile savings = ctx.profile.savings();
        if (savings != null && BusinessDays.isCollectedOn(ctx.profile.savingsDay(), date)) {
            long amount = ctx.profile.savingsMonthlyMinor();
            pair(checking, Rail.SAVINGS_OUT, "TRANSFER_OUT_SAVINGS", savings, Rail.SAVINGS_IN, "TRANSFER_IN_SAVINGS",
                    amount, amount, timeline);
            ctx.addSavings(amount);
        }
        if (savings != null && date.getDayOfMonth() == date.lengthOfMonth()) {
            long interest = ctx.savingsBalanceMinor() * SAVINGS_RATE_BPS / 10_000 / 12;
            if (interest > 0) {
                timeline.book(Booking.transfer(savings, Rail.INTEREST, interest, "INCOME_INTEREST_EARNED", null));
                ctx.addSavings(interest);
            }
        }
        AccountProfile card = ctx.profile.card();
        if (card != null && BusinessDays.isCollectedOn(ctx.profile.cardDueDay(), date) && ctx.cardOwedMinor() > 0) {
            long owed = ctx.cardOwedMinor();
            pair(checking, Rail.CARD_PAYMENT_OUT, "LOAN_PAYMENTS_CREDIT_CARD_PAYMENT", card, Rail.CARD_PAYMENT_IN,
                    "TRANSFER_IN_ACCOUNT_TRANSFER", owed, owed, timeline);
        }
        AccountProfile foreign = ctx.profile.foreign();
        if (foreign != null && BusinessDays.isCollectedOn(TOP_UP_DAY, date)) {
            long received = Draw.between(rng, 100, 400) * 100L;
            long sent = Fx.convert(received, foreign.currency(), checking.currency());
            pair(checking, Rail.TOP_UP_OUT, "TRANSFER_OUT_ACCOUNT_TRANSFER", foreign, Rail.TOP_UP_IN,
                    "TRANSFER_IN_ACCOUNT_TRANSFER", sent, received, timeline);
        }
        if (ctx.profile.paysMonthlyFee() && BusinessDays.isCollectedOn(FEE_DAY, date)) {
            timeline.book(Booking.transfer(checking, Rail.FEE_MONTHLY, -ctx.profile.country().monthlyFeeMinor(),
                    "BANK_FEES_OTHER_BANK_FEES", null));
        }
    }

    /** Both legs of a transfer, each naming the other account's mask. */
    private static void pair(AccountProfile from, Rail outRail, String outCategory, AccountProfile to, Rail inRail,
                             String inCategory, long sentMinor, long receivedMinor, Timeline timeline) {
        timeline.book(Booking.transfer(from, outRail, -sentMinor, outCategory, to));
        timeline.book(Booking.transfer(to, inRail, receivedMinor, inCategory, from));
    }
}
