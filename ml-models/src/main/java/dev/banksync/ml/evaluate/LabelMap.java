package dev.banksync.ml.evaluate;

import dev.banksync.core.category.Category;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Translates another taxonomy's labels into ours: a CSV whose first column is the source label and second a PFC
 * primary or detailed category (a header row is skipped when its second cell is not a category). Several source
 * labels may map to one category; source labels are matched case-insensitively. Without a map, labels must already
 * be PFC names.
 */
public final class LabelMap {

    private final Map<String, String> primaryBySource;

    private LabelMap(Map<String, String> primaryBySource) {
        this.primaryBySource = primaryBySource;
    }

    /** Labels are taken as PFC primary or detailed names. */
    public static LabelMap identity() {
        return new LabelMap(null);
    }

    public static LabelMap read(Path file) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read label map " + file, e);
        }
    }

    public static LabelMap read(Reader in, String sourceName) throws IOException {
        Map<String, String> map = new HashMap<>();
        try (CSVParser parser = CSVParser.parse(in, CSVFormat.DEFAULT)) {
            for (CSVRecord row : parser) {
                String where = sourceName + " line " + parser.getCurrentLineNumber();
                if (row.size() < 2) {
                    throw new IllegalArgumentException(where + ": expected two columns, source label and category");
                }
                Optional<String> primary = primaryOf(row.get(1));
                if (primary.isEmpty()) {
                    if (row.getRecordNumber() == 1) {
                        continue; // a header such as "source,category"
                    }
                    throw new IllegalArgumentException(where + ": field category: '" + row.get(1)
                            + "' is not a PFC primary or detailed category");
                }
                map.put(key(row.get(0)), primary.get());
            }
        }
        return new LabelMap(map);
    }

    /** Our PFC primary for a source label, or empty when the label is unmapped. */
    public Optional<String> map(String sourceLabel) {
        if (sourceLabel == null) {
            return Optional.empty();
        }
        return primaryBySource == null ? primaryOf(sourceLabel)
                : Optional.ofNullable(primaryBySource.get(key(sourceLabel)));
    }

    private static Optional<String> primaryOf(String label) {
        try {
            return Optional.of(Category.primaryOf(label).name());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String key(String label) {
        return label.trim().toLowerCase(Locale.ROOT);
    }
}
