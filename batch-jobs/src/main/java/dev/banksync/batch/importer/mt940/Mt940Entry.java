package dev.banksync.batch.importer.mt940;

import dev.banksync.batch.importer.statement.FieldFault;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * An MT940 statement line, field {@code :61:}:
 * {@code YYMMDD[MMDD](D|C|RD|RC)[funds code]amount[type][customer ref][//bank ref][supplementary details]}.
 * Read as banks write it: the entry date (MMDD) may be absent, the funds code (the currency's third letter) present,
 * the line broken before the amount (Sparkassen), the supplementary details on the next line (the standard) or
 * after a 16-character customer reference on the same line (Rabobank).
 *
 * @param valueDate  the 6-digit date: the value date
 * @param entryDate  the booking date when the line has one (its year inferred as the one nearest the value date)
 * @param amount     signed: debits and reversals of credits (RC) are negative, credits and reversals of debits
 *                   (RD) positive
 */
record Mt940Entry(LocalDate valueDate, LocalDate entryDate, String mark, BigDecimal amount, String typeCode,
                  String customerReference, String bankReference, String supplementary) {

    private static final Pattern HEAD = Pattern.compile("^(\\d{6})?(\\d{4})?(RC|RD|C|D)?([A-Z](?![A-Z]))?");
    private static final Pattern AMOUNT = Pattern.compile("^[\\d.,]+");
    private static final Pattern TYPE = Pattern.compile("^[A-Z][A-Z0-9]{3}");

    static Mt940Entry parse(List<String> lines) {
        String text = lines.get(0).strip();
        int next = 1;
        Matcher head = HEAD.matcher(text);
        head.find();
        if (head.group(1) == null) {
            throw new FieldFault(":61: value date", "the value date (YYMMDD) is missing or malformed in '" + text + "'");
        }
        LocalDate valueDate = date(head.group(1));
        LocalDate entryDate = head.group(2) == null ? null : entryDate(head.group(2), valueDate);
        String mark = head.group(3);
        if (mark == null) {
            throw new FieldFault(":61: debit/credit mark", "expected D, C, RD or RC after the dates in '" + text + "'");
        }
        String rest = text.substring(head.end());
        if (rest.isEmpty() && next < lines.size()) {
            rest = lines.get(next++).strip();
        }
        Matcher amount = AMOUNT.matcher(rest);
        if (!amount.find()) {
            throw new FieldFault(":61: amount", "the amount is missing in '" + text + "'");
        }
        BigDecimal value = amount(amount.group());
        rest = rest.substring(amount.end());
        Matcher type = TYPE.matcher(rest);
        String typeCode = type.find() ? type.group() : null;
        rest = typeCode == null ? rest : rest.substring(4);
        String customer;
        String bank = null;
        String inline = "";
        int slashes = rest.indexOf("//");
        if (slashes >= 0) {
            customer = rest.substring(0, slashes);
            bank = rest.substring(slashes + 2).strip();
        } else {
            customer = rest.length() <= 16 ? rest : rest.substring(0, 16);
            inline = rest.length() <= 16 ? "" : rest.substring(16);
        }
        String supplementary = Stream.concat(Stream.of(inline), lines.subList(next, lines.size()).stream())
                .map(String::strip).filter(s -> !s.isEmpty()).reduce((a, b) -> a + " " + b).orElse("");
        boolean negative = mark.equals("D") || mark.equals("RC");
        return new Mt940Entry(valueDate, entryDate, mark, negative ? value.negate() : value, typeCode,
                customer.strip(), bank == null || bank.isEmpty() ? null : bank, supplementary);
    }

    /** The booking date: the entry date when the line has one, else the value date. */
    LocalDate bookingDate() {
        return entryDate != null ? entryDate : valueDate;
    }

    /** Digits with a decimal comma, as SWIFT writes every amount; '1234,' is 1234. */
    static BigDecimal amount(String text) {
        if (!text.matches("\\d+,\\d*")) {
            throw new FieldFault(":61: amount", "'" + text + "' is not an MT940 amount (digits with a decimal comma,"
                    + " e.g. 1234,56)");
        }
        return new BigDecimal(text.replace(',', '.') + (text.endsWith(",") ? "0" : ""));
    }

    /** YYMMDD; years 80–99 are 1980–1999, the rest 2000–2079. */
    private static LocalDate date(String yymmdd) {
        int yy = Integer.parseInt(yymmdd.substring(0, 2));
        try {
            return LocalDate.of(yy >= 80 ? 1900 + yy : 2000 + yy, Integer.parseInt(yymmdd.substring(2, 4)),
                    Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new FieldFault(":61: value date", "'" + yymmdd + "' is not a valid date (" + e.getMessage() + ")");
        }
    }

    /** MMDD in the year nearest the value date: a booking on 0102 of a value date 31 December is in the next year. */
    private static LocalDate entryDate(String mmdd, LocalDate valueDate) {
        int month = Integer.parseInt(mmdd.substring(0, 2));
        int day = Integer.parseInt(mmdd.substring(2, 4));
        return Stream.of(-1, 0, 1).map(offset -> {
                    try {
                        return LocalDate.of(valueDate.getYear() + offset, month, day);
                    } catch (DateTimeException e) {
                        return null;
                    }
                }).filter(d -> d != null)
                .min(Comparator.comparingLong(d -> Math.abs(ChronoUnit.DAYS.between(valueDate, d))))
                .orElseThrow(() -> new FieldFault(":61: entry date", "'" + mmdd + "' is not a valid month and day"));
    }
}
