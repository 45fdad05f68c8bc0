package dev.banksync.batch.importer.csv;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Reads amounts as bank exports write them, exactly (BigDecimal, never double): a decimal separator of '.' or ',',
 * optional digit grouping that must be well formed ({@code 1,234,567.89}, {@code 1.234,56}, {@code 11'373.94},
 * {@code 1 234,56}), a sign before or after the number, parentheses for negatives, and a currency symbol. Grouping
 * is checked strictly so that a file read with the wrong decimal separator fails loudly instead of turning
 * {@code 1,000.00} into {@code 1.00000}.
 */
final class Amounts {

    private static final String GROUPING = "'’ \u00A0\u202F";
    private static final Pattern SYMBOLS = Pattern.compile("[$€£¥₹]");

    private Amounts() {
    }

    static BigDecimal parse(String raw, char decimalSeparator) {
        String s = raw.strip();
        boolean negative = false;
        if (s.startsWith("(") && s.endsWith(")")) {
            negative = true;
            s = s.substring(1, s.length() - 1).strip();
        }
        s = SYMBOLS.matcher(s).replaceAll("").strip();
        if (s.startsWith("-") || s.startsWith("\u2212") || s.startsWith("+")) {
            negative ^= s.charAt(0) != '+';
            s = s.substring(1).strip();
        } else if (s.endsWith("-")) {
            negative = !negative;
            s = s.substring(0, s.length() - 1).strip();
        }
        s = SYMBOLS.matcher(s).replaceAll("").strip(); // "-$5.00" as well as "$-5.00"
        char grouping = decimalSeparator == '.' ? ',' : '.';
        String g = Pattern.quote(String.valueOf(grouping)) + "|[" + GROUPING + "]";
        String d = Pattern.quote(String.valueOf(decimalSeparator));
        if (s.isEmpty() || !s.matches("(\\d+|\\d{1,3}((" + g + ")\\d{3})+)?(" + d + "\\d+)?")) {
            throw new IllegalArgumentException("'" + raw + "' is not an amount with decimal separator '"
                    + decimalSeparator + "'");
        }
        if (!consistentGrouping(s, decimalSeparator)) {
            throw new IllegalArgumentException("'" + raw + "' mixes digit grouping characters");
        }
        StringBuilder plain = new StringBuilder("0");
        for (char c : s.toCharArray()) {
            if (c >= '0' && c <= '9') {
                plain.append(c);
            } else if (c == decimalSeparator) {
                plain.append('.');
            }
        }
        BigDecimal value = new BigDecimal(plain.toString());
        return negative ? value.negate() : value;
    }

    private static boolean consistentGrouping(String s, char decimalSeparator) {
        int cut = s.indexOf(decimalSeparator);
        String integer = cut < 0 ? s : s.substring(0, cut);
        return integer.chars().filter(c -> !Character.isDigit(c)).distinct().count() <= 1;
    }

    /**
     * Learns a file's decimal separator from its amounts: a separator followed by other than three digits at the
     * end, or the last of two different separators, is decimal; a separator repeated is grouping. "1,000" alone
     * says nothing. Majority wins; '.' when nothing tells.
     */
    static final class SeparatorDetector {

        private int dotVotes;
        private int commaVotes;

        void accept(String raw) {
            if (raw == null) {
                return;
            }
            String s = raw.replaceAll("[^0-9.,]", "");
            int dot = s.lastIndexOf('.');
            int comma = s.lastIndexOf(',');
            if (dot >= 0 && comma >= 0) {
                vote(dot > comma ? '.' : ',');
            } else if (dot >= 0 || comma >= 0) {
                char c = dot >= 0 ? '.' : ',';
                int at = Math.max(dot, comma);
                boolean repeated = s.indexOf(c) != at;
                if (repeated) {
                    vote(c == '.' ? ',' : '.');
                } else if (s.length() - at - 1 != 3) {
                    vote(c);
                }
            }
        }

        char separator() {
            return commaVotes > dotVotes ? ',' : '.';
        }

        private void vote(char c) {
            if (c == '.') {
                dotVotes++;
            } else {
                commaVotes++;
            }
        }
    }
}
