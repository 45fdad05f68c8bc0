package dev.banksync.stream.categorise;

import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.reference.RuleRow;
import java.util.Locale;
import java.util.regex.Pattern;

/** A {@link RuleRow} ready to match: its pattern compiled once per reference snapshot, matching case-insensitively. */
record CompiledRule(RuleRow row, Pattern regex, String upperPattern) {

    /** @throws IllegalArgumentException naming the rule when its field, kind or regular expression is invalid */
    static CompiledRule of(RuleRow row) {
        String kind = row.matchKind();
        if (!"CONTAINS".equals(kind) && !"EQUALS".equals(kind) && !"REGEX".equals(kind)) {
            throw new IllegalArgumentException("rule " + row.ruleId() + ": unknown match_kind '" + kind + "'");
        }
        String field = row.matchField();
        if (!"DESCRIPTION".equals(field) && !"MERCHANT".equals(field) && !"MCC".equals(field)) {
            throw new IllegalArgumentException("rule " + row.ruleId() + ": unknown match_field '" + field + "'");
        }
        Pattern regex = null;
        if ("REGEX".equals(kind)) {
            try {
                regex = Pattern.compile(row.pattern(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("rule " + row.ruleId() + ": bad regular expression '"
                        + row.pattern() + "': " + e.getMessage(), e);
            }
        }
        return new CompiledRule(row, regex, row.pattern().toUpperCase(Locale.ROOT));
    }

    boolean matches(TransactionEvent event, String merchantName) {
        long magnitude = Math.abs(event.amountMinor());
        if (row.minAmountMinor() != null && magnitude < row.minAmountMinor()) {
            return false;
        }
        if (row.maxAmountMinor() != null && magnitude > row.maxAmountMinor()) {
            return false;
        }
        return switch (row.matchField()) {
            case "DESCRIPTION" -> matchesText(event.description());
            case "MERCHANT" -> matchesText(event.merchant()) || matchesText(merchantName);
            default -> matchesText(event.mcc());
        };
    }

    private boolean matchesText(String text) {
        if (text == null) {
            return false;
        }
        return switch (row.matchKind()) {
            case "REGEX" -> regex.matcher(text).find();
            case "EQUALS" -> text.trim().toUpperCase(Locale.ROOT).equals(upperPattern.trim());
            default -> text.toUpperCase(Locale.ROOT).contains(upperPattern);
        };
    }
}
