package dev.banksync.ml.corpus;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Word lists by name and language, read from tab-separated resources whose rows are {@code name, lang, a|b|c}:
 * first names, cities, month names, fee wordings, local business name patterns. A region looks a list up under its
 * country, then its language, then {@code ALL}. Values may hold {@code {NAME}} slots, filled from other lists.
 */
final class WordTables {

    private static final Pattern SLOT = Pattern.compile("\\{([A-Z_]+)}");
    private final Map<String, Map<String, List<String>>> lists = new HashMap<>();

    static WordTables load(String... resources) {
        WordTables tables = new WordTables();
        for (String resource : resources) {
            tables.read(resource);
        }
        return tables;
    }

    private void read(String resource) {
        try (InputStream in = WordTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("resource " + resource + " is missing from the classpath");
            }
            CSVFormat tsv = CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setQuote(null).get();
            try (CSVParser parser = CSVParser.parse(new InputStreamReader(in, StandardCharsets.UTF_8), tsv)) {
                for (CSVRecord row : parser) {
                    String where = resource + " line " + parser.getCurrentLineNumber();
                    if (row.size() < 3 || row.get(2).isBlank()) {
                        throw new IllegalArgumentException(where + ": expected name, lang and values");
                    }
                    List<String> values = List.of(row.get(2).trim().split("\\|"));
                    lists.computeIfAbsent(row.get(0).trim(), k -> new HashMap<>()).put(row.get(1).trim(), values);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    boolean has(String name, Region region) {
        return list(name, region) != null;
    }

    /** A random value of the list for the region, its slots filled. */
    String pick(String name, Region region, RandomGenerator random) {
        List<String> values = list(name, region);
        if (values == null) {
            throw new IllegalArgumentException("no word list " + name + " for " + region);
        }
        return fill(values.get(random.nextInt(values.size())), region, random);
    }

    /** Replaces every {@code {NAME}} slot with a value of that list. */
    String fill(String pattern, Region region, RandomGenerator random) {
        if (pattern.indexOf('{') < 0) {
            return pattern;
        }
        Matcher m = SLOT.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(pick(m.group(1), region, random)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private List<String> list(String name, Region region) {
        Map<String, List<String>> byLanguage = lists.get(name);
        if (byLanguage == null) {
            return null;
        }
        List<String> values = byLanguage.get(region.country());
        if (values == null) {
            values = byLanguage.get(region.language());
        }
        return values != null ? values : byLanguage.get("ALL");
    }
}
