package dev.banksync.ml.merchant;

/**
 * Folds a statement string to the one alphabet every later step works in: upper-case ASCII letters, digits and a
 * few punctuation marks. Banks spell the same merchant with and without accents ("ÜBERWEISUNG", "UEBERWEISUNG",
 * "UBERWEISUNG"), and with or without apostrophes ("SAINSBURY'S", "SAINSBURYS"), so both are folded away here.
 */
public final class TextFolding {

    private TextFolding() {
    }

    /** Upper-cases, strips accents (Ä→A, é→E, ß→SS, ø→O…), drops apostrophes and maps other letters to a space. */
    public static String fold(CharSequence raw) {
        // a char array rather than a StringBuilder: this runs on every statement line the categoriser sees
        char[] out = new char[raw.length() * 2]; // no character folds to more than two
        int size = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 128) {
                if (c != '\'' && c != '`') {
                    out[size++] = c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
                }
            } else {
                String folded = folded(c);
                for (int k = 0; k < folded.length(); k++) {
                    out[size++] = folded.charAt(k);
                }
            }
        }
        return new String(out, 0, size);
    }

    private static String folded(char c) {
        return switch (c) {
            case 'ß' -> "SS";
            case 'æ', 'Æ' -> "AE";
            case 'œ', 'Œ' -> "OE";
            case 'ø', 'Ø' -> "O";
            case 'ł', 'Ł' -> "L";
            case 'đ', 'Đ' -> "D";
            case '\u2019', '\u2018', '\u00b4' -> ""; // typographic apostrophes, like ASCII ones, vanish
            case '€', '£', '₹', '$' -> " ";
            default -> {
                String decomposed = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
                char base = decomposed.charAt(0);
                yield base < 128 && Character.isLetter(base) ? String.valueOf(Character.toUpperCase(base)) : " ";
            }
        };
    }
}
