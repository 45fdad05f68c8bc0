package dev.banksync.ml.corpus;

import java.util.Locale;
import java.util.random.RandomGenerator;

/**
 * The ways the same line differs between banks and exports: store numbers after a chain's name, card descriptors
 * cut at 22 characters, upper, title or lower case, doubled or missing spaces.
 */
final class LineNoise {

    private LineNoise() {
    }

    /** A chain's payee on a card line often carries its store number. */
    static String storeNumber(String payee, RandomGenerator random) {
        return switch (random.nextInt(4)) {
            case 0 -> payee + " #" + LineWriter.digits(3 + random.nextInt(3), random);
            case 1 -> payee + " " + LineWriter.digits(4 + random.nextInt(2), random);
            case 2 -> payee + " STORE " + LineWriter.digits(3, random);
            default -> payee + " " + (char) ('A' + random.nextInt(26)) + LineWriter.digits(3, random);
        };
    }

    /** Card networks give the merchant name 22 or 25 characters; what is longer is cut, often mid-word. */
    static String truncate(String payee, RandomGenerator random) {
        int limit = 12 + random.nextInt(11);
        return payee.length() <= limit ? payee : payee.substring(0, limit).trim();
    }

    static String casing(String line, RandomGenerator random) {
        double r = random.nextDouble();
        if (r < 0.55) {
            return line.toUpperCase(Locale.ROOT);
        }
        if (r < 0.80) {
            return line;
        }
        if (r < 0.93) {
            return titleCase(line);
        }
        return line.toLowerCase(Locale.ROOT);
    }

    static String spacing(String line, RandomGenerator random) {
        double r = random.nextDouble();
        if (r < 0.03) {
            return line.replace(" ", "  ");
        }
        if (r < 0.05) {
            int space = line.indexOf(' ', line.length() / 2);
            return space > 0 ? line.substring(0, space) + line.substring(space + 1) : line;
        }
        return line.replaceAll(" {2,}", " ").trim();
    }

    private static String titleCase(String line) {
        StringBuilder out = new StringBuilder(line.length());
        boolean start = true;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetterOrDigit(c);
        }
        return out.toString();
    }
}
