package dev.banksync.ml.corpus.independent;

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
import java.util.function.Function;

/** Reads the independent generator's own tab-separated tables; a bad row names the file and line. */
final class IndependentTables {

    /** A merchant list: region group, detailed category, names. */
    record Merchants(String region, String detailed, List<String> names) {
    }

    /** Whole-line wordings of non-merchant transactions with a range in the region's own currency. */
    record Wordings(String region, String detailed, boolean inflow, double min, double max, List<String> lines) {
    }

    /** Names of people, employers, cities and banks by region group. */
    record Names(String region, String kind, List<String> names) {
    }

    private IndependentTables() {
    }

    static List<Merchants> merchants() {
        return read("merchants.tsv", r -> new Merchants(r.get("region"), r.get("detailed"), split(r.get("names"))));
    }

    static List<Wordings> wordings() {
        return read("other.tsv", r -> new Wordings(r.get("region"), r.get("detailed"), r.get("sign").equals("+"),
                Double.parseDouble(r.get("min")), Double.parseDouble(r.get("max")), split(r.get("patterns"))));
    }

    static List<Names> names() {
        return read("people.tsv", r -> new Names(r.get("region"), r.get("kind"), split(r.get("names"))));
    }

    private static List<String> split(String values) {
        return List.of(values.trim().split("\\|"));
    }

    private static <T> List<T> read(String resource, Function<CSVRecord, T> parse) {
        try (InputStream in = IndependentTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the classpath");
            }
            CSVFormat tsv = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null).get();
            List<T> rows = new ArrayList<>();
            try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), tsv)) {
                for (CSVRecord record : parser) {
                    try {
                        rows.add(parse.apply(record));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(resource + " line " + parser.getCurrentLineNumber() + ": "
                                + e.getMessage(), e);
                    }
                }
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
