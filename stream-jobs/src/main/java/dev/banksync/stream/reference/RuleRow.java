package dev.banksync.stream.reference;

/**
 * One enabled row of {@code ledger.rules}: a user's rule ({@code userId} set) or a global one ({@code userId}
 * null). Lower {@code priority} runs first. The optional amount bounds apply to the amount's magnitude, so "coffee
 * under 10.00" reads the same for money out and money in.
 */
public record RuleRow(long ruleId, String userId, int priority, String matchField, String matchKind, String pattern,
                      Long minAmountMinor, Long maxAmountMinor, String category) {
}
