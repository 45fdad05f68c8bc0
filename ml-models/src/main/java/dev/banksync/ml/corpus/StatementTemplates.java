package dev.banksync.ml.corpus;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * How banks of each region write each kind of line (card purchase, direct debit, UPI payment, ATM withdrawal...),
 * read from {@code templates.tsv}; {@link LineWriter} fills the slots.
 */
final class StatementTemplates {

    private final Map<Region, Map<String, List<String>>> templates = new EnumMap<>(Region.class);

    static StatementTemplates load(String resource) {
        StatementTemplates loaded = new StatementTemplates();
        try (InputStream in = StatementTemplates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the classpath");
            }
            CSVFormat tsv = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null)
                    .setIgnoreSurroundingSpaces(false).setTrim(false).get();
            try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), tsv)) {
                for (CSVRecord row : parser) {
                    Region region;
                    try {
                        region = Region.valueOf(row.get("region"));
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException(resource + " line " + parser.getCurrentLineNumber()
                                + ": field region: unknown region " + row.get("region"), e);
                    }
                    loaded.templates.computeIfAbsent(region, r -> new HashMap<>())
                            .computeIfAbsent(row.get("kind"), k -> new ArrayList<>()).add(row.get("template"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
        return loaded;
    }

    boolean has(Region region, String kind) {
        return templates.getOrDefault(region, Map.of()).containsKey(kind);
    }

    String pick(Region region, String kind, RandomGenerator random) {
        List<String> forKind = templates.getOrDefault(region, Map.of()).get(kind);
        if (forKind == null) {
            throw new IllegalArgumentException("no " + kind + " template for " + region);
        }
        return forKind.get(random.nextInt(forKind.size()));
    }
}
