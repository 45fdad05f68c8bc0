package dev.banksync.ml.merchant;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the small two-column CSV tables the normaliser ships with; a bad row names the file and line. */
final class ResourceTables {

    record Row(String key, String value, String where) {
    }

    private ResourceTables() {
    }

    static List<Row> read(String resource, String keyColumn, String valueColumn) {
        try (InputStream in = ResourceTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the classpath");
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
            List<Row> rows = new ArrayList<>();
            try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), format)) {
                for (CSVRecord record : parser) {
                    String where = resource + " line " + (record.getRecordNumber() + 1);
                    rows.add(new Row(cell(record, keyColumn, where), cell(record, valueColumn, where), where));
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static String cell(CSVRecord record, String column, String where) {
        String value = record.isMapped(column) && record.isSet(column) ? record.get(column).trim() : "";
        if (value.isEmpty()) {
            throw new IllegalArgumentException(where + ": field " + column + " is empty");
        }
        return value;
    }
}
