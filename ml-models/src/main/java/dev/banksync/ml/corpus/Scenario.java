package dev.banksync.ml.corpus;

import dev.banksync.core.category.Category;
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

/**
 * One kind of transaction the synthetic corpus contains, read from {@code scenarios.tsv}: its detailed category,
 * direction, a dollar range for the amount (scaled per region), who the other side is ({@code KB:<detailed>},
 * {@code LOCAL:<type>}, {@code PHRASE:<list>}, {@code PERSON} or {@code NONE}), the kinds of statement line it
 * may appear as, its relative weight and the word list for the free-text note of transfers.
 */
record Scenario(String detailed, boolean inflow, double minDollars, double maxDollars, String payee,
                List<String> kinds, double weight, String note) {

    String primary() {
        return Category.primaryOf(detailed).name();
    }

    /** True when the other side is a shop, so the line may also come back as a refund. */
    boolean merchant() {
        return payee.startsWith("KB:") || payee.startsWith("LOCAL:");
    }

    static List<Scenario> load(String resource) {
        try (InputStream in = Scenario.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the classpath");
            }
            CSVFormat tsv = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null)
                    .setIgnoreEmptyLines(true).get();
            List<Scenario> scenarios = new ArrayList<>();
            try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), tsv)) {
                for (CSVRecord row : parser) {
                    scenarios.add(parse(row, resource + " line " + parser.getCurrentLineNumber()));
                }
            }
            return scenarios;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    private static Scenario parse(CSVRecord row, String where) {
        try {
            String detailed = row.get("detailed").trim();
            Category.primaryOf(detailed);
            String note = row.isSet("note") && !row.get("note").isBlank() ? row.get("note").trim() : "NOTE";
            return new Scenario(detailed, row.get("sign").trim().equals("+"),
                    Double.parseDouble(row.get("min")), Double.parseDouble(row.get("max")), row.get("payee").trim(),
                    List.of(row.get("kinds").trim().split("\\|")), Double.parseDouble(row.get("weight")), note);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
        }
    }
}
