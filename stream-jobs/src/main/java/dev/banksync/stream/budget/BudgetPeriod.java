package dev.banksync.stream.budget;

/**
 * What the tracker remembers of one budget in one month: which thresholds already fired (they never fire again in
 * that period, whatever replays or modifications follow) and the row last emitted (to emit only changes).
 */
public record BudgetPeriod(boolean alerted80, boolean alerted100, BudgetStatusRow lastRow) {
}
