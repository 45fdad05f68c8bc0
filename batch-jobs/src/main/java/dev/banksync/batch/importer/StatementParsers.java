package dev.banksync.batch.importer;

import dev.banksync.batch.importer.csv.CsvProfiles;
import dev.banksync.batch.importer.csv.CsvStatementParser;
import dev.banksync.batch.importer.statement.StatementParser;
import java.util.Locale;

/** The statement formats the importer reads; a new format (OFX, camt.053, MT940) is one more case here. */
public final class StatementParsers {

    public static final String CSV = "csv";

    private StatementParsers() {
    }

    /**
     * @param profile         format-specific layout: for CSV, {@code generic} or a profile properties file
     * @param defaultCurrency for rows the file gives no currency for; may be null
     */
    public static StatementParser forFormat(String format, String profile, String defaultCurrency) {
        if (formatName(format).equals(CSV)) {
            return new CsvStatementParser(CsvProfiles.resolve(profile), defaultCurrency);
        }
        throw new IllegalArgumentException("unsupported statement format '" + format + "' (supported: " + CSV + ")");
    }

    /** The canonical name of a format, {@code csv} when none is given; ledger rows get source {@code file:<name>}. */
    public static String formatName(String format) {
        return format == null || format.isBlank() ? CSV : format.strip().toLowerCase(Locale.ROOT);
    }
}
