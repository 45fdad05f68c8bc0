package dev.banksync.ml.corpus.independent;

import java.util.Locale;
import java.util.Random;

/**
 * How particular banks and apps print a card purchase, written without looking at the main generator's templates:
 * Amex's padded columns, aggregator-cleaned names (Monzo, Revolut, Plaid-fed apps), N26 and bunq card lines,
 * Sparkasse CSV exports, ING's Dutch "Pasvolgnr" lines, Kotak and PNB references, Paytm and PhonePe passbooks.
 */
final class BankStyles {

    private BankStyles() {
    }

    static String cardLine(String region, String merchant, String city, Random random) {
        String ref = digits(random, 6 + random.nextInt(6));
        String dd = two(1 + random.nextInt(28));
        String mm = two(1 + random.nextInt(12));
        return switch (region) {
            case "US" -> switch (random.nextInt(7)) {
                case 0 -> pad(merchant.toUpperCase(Locale.ROOT), 25) + pad(city.toUpperCase(Locale.ROOT), 15);
                case 1 -> merchant;
                case 2 -> "POS Withdrawal " + merchant + " " + city + " Card# " + digits(random, 4);
                case 3 -> "Debit Card Purchase " + mm + "/" + dd + " " + merchant;
                case 4 -> merchant.toUpperCase(Locale.ROOT) + " " + digits(random, 10) + " " + city.substring(city.length() - 2);
                case 5 -> "PURCHASE " + merchant.toUpperCase(Locale.ROOT) + " " + ref;
                default -> "Point of Sale Debit L" + digits(random, 3) + " TIME " + two(random.nextInt(24)) + ":" + two(random.nextInt(60))
                        + " " + merchant.toUpperCase(Locale.ROOT);
            };
            case "GB" -> switch (random.nextInt(6)) {
                case 0, 1 -> merchant;
                case 2 -> "Contactless " + merchant + " " + city;
                case 3 -> "PURCHASE " + merchant.toUpperCase(Locale.ROOT) + " " + city.toUpperCase(Locale.ROOT) + " " + dd + mm;
                case 4 -> "Visa purchase " + merchant;
                default -> merchant.toUpperCase(Locale.ROOT) + "        " + city.toUpperCase(Locale.ROOT);
            };
            case "EU" -> switch (random.nextInt(7)) {
                case 0, 1 -> merchant;
                case 2 -> "Mastercard " + merchant + " " + city;
                case 3 -> "KARTENZAHLUNG/" + merchant.toUpperCase(Locale.ROOT) + "/" + dd + "." + mm;
                case 4 -> merchant + " Pasvolgnr: 00" + random.nextInt(10) + " " + dd + "-" + mm + "-2024 "
                        + two(random.nextInt(24)) + ":" + two(random.nextInt(60)) + " Transactie: " + alnum(random, 6);
                case 5 -> "TPV " + merchant.toUpperCase(Locale.ROOT) + " " + city.toUpperCase(Locale.ROOT);
                default -> "Pagamento carta " + merchant + " " + city + " " + dd + "/" + mm;
            };
            default -> switch (random.nextInt(6)) {
                case 0 -> "Paid to " + merchant;
                case 1 -> "PCI/" + ref + "/" + merchant.toUpperCase(Locale.ROOT) + "/" + city.toUpperCase(Locale.ROOT);
                case 2 -> "UPI/" + merchant.toUpperCase(Locale.ROOT) + "/" + digits(random, 12) + "/Pay";
                case 3 -> "POS PRCH " + merchant.toUpperCase(Locale.ROOT) + " " + city.toUpperCase(Locale.ROOT);
                case 4 -> "DEBIT-ATMCard POS " + ref + " " + merchant.toUpperCase(Locale.ROOT);
                default -> merchant + " " + city;
            };
        };
    }

    /** Shortens long words the way 22-character descriptors do: "SUPERMARKET" → "SPRMRKT". */
    static String abbreviate(String text, Random random) {
        StringBuilder out = new StringBuilder();
        for (String word : text.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            if (word.length() > 7 && random.nextInt(3) == 0) {
                out.append(word.charAt(0)).append(word.substring(1).replaceAll("(?i)[aeiou]", ""));
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }

    static String digits(Random random, int n) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(random.nextInt(10));
        }
        return out.toString();
    }

    private static String alnum(Random random, int n) {
        String chars = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            out.append(chars.charAt(random.nextInt(chars.length())));
        }
        return out.toString();
    }

    private static String pad(String s, int width) {
        return s.length() >= width ? s.substring(0, width) : s + " ".repeat(width - s.length());
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }
}
