package dev.banksync.batch.importer.ofx;

import dev.banksync.batch.importer.statement.FieldFault;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** OFX's value syntaxes: dates and amounts. */
final class OfxValues {

    /** {@code YYYYMMDD[HHMMSS[.XXX]][[gmt offset[:tz name]]]}; time and zone are tolerated in any shape. */
    private static final Pattern DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})[\\d.:]*\\s*(\\[[^\\]]*\\]?)?");
    /** A sign, digits and one decimal point or comma — the OFX specification allows both; no digit grouping. */
    private static final Pattern AMOUNT = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)");

    private OfxValues() {
    }

    /**
     * The calendar date as written. A time and zone may follow, but a bank date is the day the bank booked it in
     * its own zone: converting to UTC, as some readers do, moves late-evening bookings to the next day.
     */
    static LocalDate date(String field, String value) {
        Matcher m = DATE.matcher(value.strip());
        if (!m.matches()) {
            throw new FieldFault(field, "'" + value + "' is not an OFX date (YYYYMMDD[HHMMSS[.XXX]][[offset:TZ]])");
        }
        try {
            return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
        } catch (DateTimeException e) {
            throw new FieldFault(field, "'" + value + "' is not a valid date (" + e.getMessage() + ")");
        }
    }

    static BigDecimal amount(String field, String value) {
        String s = value.strip();
        if (!AMOUNT.matcher(s).matches()) {
            throw new FieldFault(field, "'" + value + "' is not an OFX amount (a sign, digits and one decimal"
                    + " point or comma)");
        }
        return new BigDecimal(s.replace(',', '.'));
    }
}
