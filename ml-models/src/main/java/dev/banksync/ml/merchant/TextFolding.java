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
        StringBuilder out = new StringBuilder(raw.length() + 4);
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c < 128) {
                if (c == '\'' || c == '`') {
                    continue;
                }
                out.append(c >= 'a' && c <= 'z' ? (char) (c - 32) : c);
            } else {
                appendFolded(c, out);
            }
        }
        return out.toString();
    }

    private static void appendFolded(char c, StringBuilder out) {
        switch (c) {
            case 'ß' -> out.append("SS");
            case 'æ', 'Æ' -> out.append("AE");
            case 'œ', 'Œ' -> out.append("OE");
            case 'ø', 'Ø' -> out.append('O');
            case 'ł', 'Ł' -> out.append('L');
            case 'đ', 'Đ' -> out.append('D');
            case '\u2019', '\u2018', '\u00b4' -> { } // typographic apostrophes, like ASCII ones, vanish
            case '€', '£', '₹', '$' -> out.append(' ');
            default -> {
                String decomposed = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
                char base = decomposed.charAt(0);
                if (base < 128 && Character.isLetter(base)) {
                    out.append(Character.toUpperCase(base));
                } else {
                    out.append(' ');
                }
            }
        }
    }
}
