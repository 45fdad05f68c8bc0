package dev.banksync.ml.merchant;

/**
 * Recognises tokens that carry no merchant meaning: reference numbers, card masks, dates and times. They differ
 * in every statement line, so keeping them would only teach a model to memorise.
 */
public final class NoiseTokens {

    private static final String[] MONTHS = {
        "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "SEPT", "OCT", "NOV", "DEC"
    };

    private NoiseTokens() {
    }

    /** True for tokens no merchant name contains: numbers, references, card masks, dates and times. */
    public static boolean isNoise(String token) {
        return isNumber(token) || isCardMask(token) || isReference(token) || isDateOrTime(token);
    }

    /** The word of a word glued to a number ("PAYTMQR281005050101" → "PAYTMQR"), or null: four letters at least. */
    public static String wordBeforeDigits(String token) {
        int letters = 0;
        while (letters < token.length() && !isDigit(token.charAt(letters))) {
            letters++;
        }
        if (letters < 4 || letters == token.length() || isCardMask(token)) {
            return null;
        }
        for (int i = letters; i < token.length(); i++) {
            if (!isDigit(token.charAt(i))) {
                return null;
            }
        }
        return token.substring(0, letters);
    }

    public static boolean isNumber(String token) {
        for (int i = 0; i < token.length(); i++) {
            if (!isDigit(token.charAt(i))) {
                return false;
            }
        }
        return !token.isEmpty();
    }

    /** "XXXX1234", "416021XXXXXX1234", "XX1234", "XXXXXXXX". */
    public static boolean isCardMask(String token) {
        int xs = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c == 'X') {
                xs++;
            } else if (!isDigit(c)) {
                return false;
            }
        }
        return xs >= 4 || (xs >= 2 && xs < token.length());
    }

    /**
     * A mix of letters and digits that looks machine-made: four or more digits ("S582103456", "UTIB0000100"),
     * or letters and digits alternating more than once ("2K4AB12C3", "MK1AB2CD3"). Brand names with one digit
     * run ("DREAM11", "BET365", "1MG", "O2") are not references.
     */
    public static boolean isReference(String token) {
        int digits = 0;
        int runs = 0;
        int previous = -1;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            int kind = isDigit(c) ? 1 : 0;
            if (kind == 1) {
                digits++;
            }
            if (kind != previous) {
                runs++;
                previous = kind;
            }
        }
        return digits > 0 && (digits >= 4 || runs >= 3);
    }

    /** "12APR", "12APR24", "APR12", "10PM", "0930AM", "14H32". */
    public static boolean isDateOrTime(String token) {
        int n = token.length();
        int lead = 0;
        while (lead < n && isDigit(token.charAt(lead))) {
            lead++;
        }
        int trail = 0;
        while (trail < n - lead && isDigit(token.charAt(n - 1 - trail))) {
            trail++;
        }
        if (lead == 0 && trail == 0) {
            return false;
        }
        String letters = token.substring(lead, n - trail);
        if (letters.equals("AM") || letters.equals("PM") || letters.equals("H")) {
            return lead >= 1 && lead <= 4;
        }
        return isMonth(letters);
    }

    public static boolean isMonth(String token) {
        for (String month : MONTHS) {
            if (month.equals(token)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
