package dev.banksync.batch.importer.csv;

import dev.banksync.batch.importer.statement.StatementFormatException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Commons CSV records of a file together with the physical line each starts on (quoted values may span lines,
 * and blank lines still count), so that a rejected row can be found in the file.
 */
final class CsvCursor implements Closeable {

    record Record(long line, List<String> values, String raw) {

        boolean isBlank() {
            return values.stream().allMatch(String::isBlank);
        }
    }

    private final Path file;
    private final CSVFormat format;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private long linesConsumed;

    CsvCursor(Path file, Charset charset, char delimiter) throws IOException {
        this.file = file;
        // Empty lines are kept as records (and skipped by callers) so that line counting stays exact.
        this.format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false).get();
        this.parser = CSVParser.parse(Files.newBufferedReader(file, charset), format);
        this.records = parser.iterator();
    }

    /** The next record, blank ones included, or null at the end of the file. */
    Record next() {
        long start = linesConsumed + 1;
        try {
            if (!records.hasNext()) {
                return null;
            }
            CSVRecord record = records.next();
            linesConsumed = parser.getCurrentLineNumber();
            List<String> values = record.toList();
            if (start == 1 && !values.isEmpty()) {
                values = new ArrayList<>(values);
                values.set(0, values.get(0).replace("\uFEFF", "")); // a UTF-8 byte order mark
            }
            return new Record(start, values, format.format(values.toArray()));
        } catch (UncheckedIOException | IllegalStateException e) {
            throw new StatementFormatException(file.getFileName() + " line " + start + ": cannot read CSV ("
                    + (e.getCause() != null ? e.getCause().getMessage() : e.getMessage()) + ")", e);
        }
    }

    /** The next record that is not blank, or null at the end of the file. */
    Record nextNonBlank() {
        Record record = next();
        while (record != null && record.isBlank()) {
            record = next();
        }
        return record;
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
