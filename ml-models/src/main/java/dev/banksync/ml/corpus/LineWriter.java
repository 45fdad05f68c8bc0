package dev.banksync.ml.corpus;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a statement template's slots: the payee ({@code {P}}), dates in the many ways banks print them, reference
 * numbers ({@code {N9}} digits, {@code {A10}} letters and digits), card masks, UPI addresses, IFSC codes, the
 * amount, cities, notes and any word list ({@code {@ACHBILL}}). Everything random comes from the caller's
 * generator, so a seed reproduces the corpus.
 */
final class LineWriter {

    private static final Pattern SLOT = Pattern.compile("\\{(@?[A-Z_0-9]+)}");
    private static final String ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
    private static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);

    private final WordTables words;

    LineWriter(WordTables words) {
        this.words = words;
    }

    /** What one line is about: its region, payee, note list, absolute amount in minor units. */
    record Line(Region region, Payees.Payee payee, String notePool, long absMinor) {
    }

    String write(String template, Line line, RandomGenerator random) {
        LocalDate date = FIRST_DAY.plusDays(random.nextInt(4 * 365));
        Matcher m = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(slot(m.group(1), line, date, random)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private String slot(String name, Line line, LocalDate d, RandomGenerator random) {
        Region region = line.region();
        if (name.startsWith("@")) {
            return words.pick(name.substring(1), region, random);
        }
        if (name.length() > 1 && (name.charAt(0) == 'N' || name.charAt(0) == 'A') && isNumber(name.substring(1))) {
            int n = Integer.parseInt(name.substring(1));
            return name.charAt(0) == 'N' ? digits(n, random) : alnum(n, random);
        }
        return switch (name) {
            case "P" -> line.payee().text();
            case "PERSON" -> words.pick("FIRST", region, random) + " " + words.pick("SURNAME", region, random);
            case "CITY" -> words.pick("CITY", region, random);
            case "ST" -> words.has("STATE", region) ? words.pick("STATE", region, random) : region.country();
            case "WEB" -> line.payee().web() != null ? line.payee().web() : "WWW" + digits(3, random) + ".COM";
            case "PHONE" -> random.nextBoolean() ? digits(10, random)
                    : "8" + digits(2, random) + "-" + digits(3, random) + "-" + digits(4, random);
            case "MASK" -> cardMask(random);
            case "C4" -> digits(4, random);
            case "MD" -> two(d.getMonthValue()) + "/" + two(d.getDayOfMonth());
            case "MMDD" -> two(d.getMonthValue()) + two(d.getDayOfMonth());
            case "DMY" -> two(d.getDayOfMonth()) + "-" + two(d.getMonthValue()) + "-" + d.getYear();
            case "DMYS" -> two(d.getDayOfMonth()) + "/" + two(d.getMonthValue()) + "/" + d.getYear();
            case "DMY2" -> two(d.getDayOfMonth()) + "." + two(d.getMonthValue()) + "." + two(d.getYear() % 100);
            case "DM" -> two(d.getDayOfMonth()) + "/" + two(d.getMonthValue());
            case "DDMM" -> two(d.getDayOfMonth()) + two(d.getMonthValue());
            case "DMDOT" -> two(d.getDayOfMonth()) + "." + two(d.getMonthValue()) + ".";
            case "DMON" -> two(d.getDayOfMonth()) + month(d);
            case "DMONY" -> two(d.getDayOfMonth()) + month(d) + two(d.getYear() % 100);
            case "D_MON" -> two(d.getDayOfMonth()) + " " + month(d);
            case "YMD" -> d.toString();
            case "YYMMDD" -> two(d.getYear() % 100) + two(d.getMonthValue()) + two(d.getDayOfMonth());
            case "DDMMYY" -> two(d.getDayOfMonth()) + two(d.getMonthValue()) + two(d.getYear() % 100);
            case "DDMMYYYY" -> two(d.getDayOfMonth()) + two(d.getMonthValue()) + d.getYear();
            case "TIME" -> two(random.nextInt(24)) + ":" + two(random.nextInt(60));
            case "HHMM" -> two(random.nextInt(24)) + "." + two(random.nextInt(60));
            case "MONTH" -> words.pick("MONTH", region, random);
            case "YYYY" -> String.valueOf(d.getYear());
            case "YY" -> two(d.getYear() % 100);
            case "MM" -> two(d.getMonthValue());
            case "NOTE" -> words.pick(line.notePool(), region, random);
            case "VPA" -> vpa(line.payee().text(), region, random);
            case "IFSC" -> words.pick("BANKC", Region.IN, random) + "0" + alnum(6, random);
            case "BANKC", "BANKN" -> words.pick(name, region, random);
            case "ADDR" -> digits(1 + random.nextInt(4), random) + " " + street(region, random);
            case "AMT" -> amount(line.absMinor(), region);
            case "PROC" -> words.pick("PROC", region, random);
            default -> throw new IllegalArgumentException("unknown template slot {" + name + "}");
        };
    }

    /** A UPI address: a phone number, the payee's name squashed, or a QR merchant id, at a payment app's domain. */
    private String vpa(String payee, Region region, RandomGenerator random) {
        String squashed = payee.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        String user = switch (random.nextInt(4)) {
            case 0 -> "9" + digits(9, random);
            case 1 -> "paytmqr" + digits(12, random);
            default -> squashed.isEmpty() ? "q" + digits(9, random)
                    : squashed.substring(0, Math.min(squashed.length(), 14)) + (random.nextBoolean() ? digits(2, random) : "");
        };
        return user + "@" + words.pick("VPADOMAIN", Region.IN, random);
    }

    private String street(Region region, RandomGenerator random) {
        return switch (region) {
            case US -> words.pick("SURNAME", region, random) + (random.nextBoolean() ? " ST" : " AVE");
            case GB, IE -> words.pick("SURNAME", region, random) + (random.nextBoolean() ? " ROAD" : " HIGH ST");
            default -> words.pick("CITY", region, random);
        };
    }

    private static String cardMask(RandomGenerator random) {
        return switch (random.nextInt(4)) {
            case 0 -> "XXXX" + digits(4, random);
            case 1 -> "4" + digits(5, random) + "XXXXXX" + digits(4, random);
            case 2 -> "XXXXXXXXXXXX" + digits(4, random);
            default -> "************" + digits(4, random);
        };
    }

    private static String amount(long absMinor, Region region) {
        String text = String.format(Locale.ROOT, "%d.%02d", absMinor / 100, absMinor % 100);
        return region.decimalComma() ? text.replace('.', ',') : text;
    }

    private static String month(LocalDate d) {
        return d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toUpperCase(Locale.ROOT);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : String.valueOf(n);
    }

    static String digits(int n, RandomGenerator random) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append((char) ('0' + random.nextInt(10)));
        }
        return out.toString();
    }

    private static String alnum(int n, RandomGenerator random) {
        StringBuilder out = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            out.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
        }
        return out.toString();
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
    }
}
