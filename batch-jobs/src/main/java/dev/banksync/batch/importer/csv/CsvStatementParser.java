package dev.banksync.batch.importer.csv;

import dev.banksync.batch.importer.statement.StatementFormatException;
import dev.banksync.batch.importer.statement.StatementParser;
import dev.banksync.batch.importer.statement.StatementRow;
import dev.banksync.batch.importer.statement.StatementRows;
import dev.banksync.core.money.Money;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * Reads CSV bank statements with a {@link CsvProfile}. Opening a file settles its layout first: the delimiter
 * (sniffed from the first lines), the header row (the first record, within {@value #HEADER_SEARCH_LIMIT}, whose
 * names give a date and an amount, so preamble lines are passed over), and, when the profile leaves them open, the
 * date pattern and decimal separator, learnt from a first pass over all values. The second pass streams rows.
 */
public final class CsvStatementParser implements StatementParser {

    static final int HEADER_SEARCH_LIMIT = 30;
    private static final char[] DELIMITERS = {',', ';', '\t', '|'};

    private final CsvProfile profile;
    private final Currency defaultCurrency;

    /** @param defaultCurrency the currency of rows the file does not give one for; may be null */
    public CsvStatementParser(CsvProfile profile, String defaultCurrency) {
        this.profile = profile;
        this.defaultCurrency = defaultCurrency == null || defaultCurrency.isBlank() ? null : Money.currency(defaultCurrency);
    }

    @Override
    public StatementRows open(Path file) throws IOException {
        char delimiter = profile.delimiter() != null ? profile.delimiter() : sniffDelimiter(file);
        CsvLayout layout;
        Header header;
        try (CsvCursor scan = new CsvCursor(file, profile.charset(), delimiter)) {
            header = findHeader(scan, file);
            layout = settleLayout(scan, header.columns(), file);
        }
        CsvCursor rows = new CsvCursor(file, profile.charset(), delimiter);
        CsvCursor.Record record = rows.next();
        while (record != null && record.line() < header.line()) {
            record = rows.next();
        }
        return new Rows(rows, new CsvRowMapper(layout));
    }

    private record Header(long line, CsvColumns columns) {
    }

    private Header findHeader(CsvCursor scan, Path file) {
        List<String> firstMissing = null;
        List<String> firstCells = null;
        for (int i = 0; i < HEADER_SEARCH_LIMIT; i++) {
            CsvCursor.Record record = scan.nextNonBlank();
            if (record == null) {
                break;
            }
            HeaderDetector.Match match = HeaderDetector.match(profile, record.values());
            if (match.columns() != null) {
                return new Header(record.line(), match.columns());
            }
            if (firstMissing == null) {
                firstMissing = match.missing();
                firstCells = record.values();
            }
        }
        if (firstCells == null) {
            throw new StatementFormatException(file.getFileName() + " is empty");
        }
        throw new StatementFormatException(file.getFileName() + ": no header row with the columns of profile "
                + profile.name() + " in its first " + HEADER_SEARCH_LIMIT + " records; the first record "
                + firstCells + " lacks " + String.join(", ", firstMissing));
    }

    /** Learns what the profile leaves open from one pass over the data rows. */
    private CsvLayout settleLayout(CsvCursor scan, CsvColumns columns, Path file) {
        Currency fallback = fallbackCurrency(columns);
        boolean learnDirection = columns.direction() != CsvColumns.NONE && !columns.directionTrusted();
        if (profile.datePattern() != null && profile.decimalSeparator() != null && !learnDirection) {
            return layout(columns, profile.datePattern(), profile.decimalSeparator(), fallback);
        }
        DateFormats.Detector dates = new DateFormats.Detector();
        Amounts.SeparatorDetector separators = new Amounts.SeparatorDetector();
        int markers = 0;
        int nonMarkers = 0;
        boolean sawSignedAmount = false;
        for (CsvCursor.Record r = scan.nextNonBlank(); r != null; r = scan.nextNonBlank()) {
            List<String> v = r.values();
            dates.accept(value(v, columns.date()));
            for (int column : new int[] {columns.amount(), columns.debit(), columns.credit()}) {
                separators.accept(value(v, column));
            }
            String amount = value(v, columns.amount());
            sawSignedAmount |= amount != null && (amount.contains("-") || amount.contains("("));
            String marker = value(v, columns.direction());
            if (marker != null && !marker.isBlank()) {
                String m = marker.strip().toLowerCase(Locale.ROOT);
                boolean isMarker = CsvRowMapper.DEBIT_MARKERS.contains(m) || CsvRowMapper.CREDIT_MARKERS.contains(m);
                markers += isMarker ? 1 : 0;
                nonMarkers += isMarker ? 0 : 1;
            }
        }
        if (learnDirection && (markers <= nonMarkers || sawSignedAmount)) {
            // A guessed "Type" column that mostly holds something else than debit/credit markers (N26's "Credit
            // Transfer"), or amounts that carry their own sign: not a direction. Where markers dominate, the odd
            // non-marker row is rejected rather than read unsigned.
            columns = columns.withoutDirection();
        }
        try {
            String pattern = profile.datePattern() != null ? profile.datePattern() : dates.pattern(columns.name(columns.date()));
            char separator = profile.decimalSeparator() != null ? profile.decimalSeparator() : separators.separator();
            return layout(columns, pattern, separator, fallback);
        } catch (IllegalArgumentException e) {
            throw new StatementFormatException(file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    private static CsvLayout layout(CsvColumns columns, String pattern, char separator, Currency fallback) {
        return CsvLayout.of(columns, pattern, separator, fallback);
    }

    private Currency fallbackCurrency(CsvColumns columns) {
        if (columns.impliedCurrency() != null) {
            return Money.currency(columns.impliedCurrency());
        }
        return profile.currency() != null ? Money.currency(profile.currency()) : defaultCurrency;
    }

    private static String value(List<String> values, int column) {
        return column == CsvColumns.NONE || column >= values.size() ? null : values.get(column);
    }

    /** The delimiter occurring most often, outside quotes, in the first lines; ',' when none occurs. */
    private char sniffDelimiter(Path file) throws IOException {
        int[] counts = new int[DELIMITERS.length];
        try (BufferedReader reader = Files.newBufferedReader(file, profile.charset())) {
            String line;
            for (int read = 0; read < 10 && (line = reader.readLine()) != null; read++) {
                boolean quoted = false;
                for (char c : line.toCharArray()) {
                    quoted ^= c == '"';
                    for (int i = 0; i < DELIMITERS.length && !quoted; i++) {
                        counts[i] += c == DELIMITERS[i] ? 1 : 0;
                    }
                }
            }
        }
        int best = 0;
        for (int i = 1; i < DELIMITERS.length; i++) {
            best = counts[i] > counts[best] ? i : best;
        }
        return DELIMITERS[best];
    }

    /** Data rows after the header, blank lines skipped. */
    private static final class Rows implements StatementRows {

        private final CsvCursor cursor;
        private final CsvRowMapper mapper;
        private CsvCursor.Record next;

        Rows(CsvCursor cursor, CsvRowMapper mapper) {
            this.cursor = cursor;
            this.mapper = mapper;
            this.next = cursor.nextNonBlank();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public StatementRow next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            StatementRow row = mapper.map(next);
            next = cursor.nextNonBlank();
            return row;
        }

        @Override
        public void close() throws IOException {
            cursor.close();
        }
    }
}
