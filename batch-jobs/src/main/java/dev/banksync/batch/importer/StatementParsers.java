package dev.banksync.batch.importer;

import dev.banksync.batch.importer.camt.CamtStatementParser;
import dev.banksync.batch.importer.csv.CsvProfiles;
import dev.banksync.batch.importer.csv.CsvStatementParser;
import dev.banksync.batch.importer.mt940.Mt940StatementParser;
import dev.banksync.batch.importer.ofx.OfxStatementParser;
import dev.banksync.batch.importer.statement.StatementOptions;
import dev.banksync.batch.importer.statement.StatementParser;
import java.util.Locale;
import java.util.Map;

/** The statement formats the importer reads; a new format (OFX, camt.053, MT940) is one more case here. */
public final class StatementParsers {

    public static final String CSV = "csv";
    public static final String OFX = "ofx";
    public static final String CAMT053 = "camt053";
    public static final String MT940 = "mt940";
    /** Other names a caller may use; one canonical name per parser keeps a file's ledger source stable. */
    private static final Map<String, String> ALIASES = Map.of("qfx", OFX, "camt", CAMT053, "camt052", CAMT053,
            "camt054", CAMT053, "sta", MT940);

    private StatementParsers() {
    }

    /**
     * @param profile         format-specific layout: for CSV, {@code generic} or a profile properties file; for the
     *                        formats that describe themselves, {@code generic} or {@link StatementOptions} settings
     * @param defaultCurrency for rows the file gives no currency for; may be null
     */
    public static StatementParser forFormat(String format, String profile, String defaultCurrency) {
        return switch (formatName(format)) {
            case CSV -> new CsvStatementParser(CsvProfiles.resolve(profile), defaultCurrency);
            case OFX -> new OfxStatementParser(StatementOptions.parse(profile), defaultCurrency);
            case CAMT053 -> new CamtStatementParser(StatementOptions.parse(profile), defaultCurrency);
            case MT940 -> new Mt940StatementParser(StatementOptions.parse(profile), defaultCurrency);
            default -> throw new IllegalArgumentException("unsupported statement format '" + format
                    + "' (supported: " + String.join(", ", CSV, OFX, CAMT053, MT940) + ")");
        };
    }

    /** The canonical name of a format, {@code csv} when none is given; ledger rows get source {@code file:<name>}. */
    public static String formatName(String format) {
        String name = format == null || format.isBlank() ? CSV : format.strip().toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(name, name);
    }
}
