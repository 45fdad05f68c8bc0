package dev.banksync.sandbox.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV data file shipped on the classpath; every error names the file, line and column. */
final class CsvTable {

    private CsvTable() {
    }

    /** One data row with the means to complain about it precisely. */
    record Row(String file, long line, CSVRecord record) {

        String get(String column) {
            if (!record.isMapped(column) || !record.isSet(column)) {
                throw error(column, "is missing");
            }
            return record.get(column).trim();
        }

        String optional(String column) {
            String value = get(column);
            return value.isEmpty() ? null : value;
        }

        IllegalArgumentException error(String column, String problem) {
            return new IllegalArgumentException(file + " line " + line + ", column '" + column + "': " + problem);
        }
    }

    static List<Row> read(String resource) {
        InputStream in = CsvTable.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("data file " + resource + " is not on the classpath");
        }
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
        List<Row> rows = new ArrayList<>();
        try (in; CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
            String file = resource.substring(resource.lastIndexOf('/') + 1);
            for (CSVRecord record : parser) {
                // +1: the header occupies line 1 and commons-csv counts records from 1.
                rows.add(new Row(file, record.getRecordNumber() + 1, record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return rows;
    }
}
