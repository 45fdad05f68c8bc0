package dev.banksync.sandbox.catalog;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How each country's banks print each rail ({@code statement-formats.csv}). A country has several styles per
 * rail (one per bank house style); a user's bank keeps one style, so one statement reads consistently.
 */
public final class StatementFormats {

    static final String RESOURCE = "/dev/banksync/sandbox/catalog/statement-formats.csv";

    /** Everything a format may print; see StatementRenderer for what each one means. */
    public static final Set<String> PLACEHOLDERS = Set.of("desc", "card", "card6", "mask", "bank", "city", "st",
            "mmdd", "mm/dd", "dd/mm", "dd-mm", "dd.mm", "dd-mm-yyyy", "mm", "mon", "yyyy", "ref", "n3", "n6",
            "n10", "n12", "upi_bank", "vpa");

    private final Map<String, Map<Rail, List<Template>>> formats;

    private StatementFormats(Map<String, Map<Rail, List<Template>>> formats) {
        this.formats = formats;
    }

    public static StatementFormats load() {
        return load(RESOURCE);
    }

    static StatementFormats load(String resource) {
        Map<String, Map<Rail, List<Template>>> formats = new TreeMap<>();
        for (CsvTable.Row row : CsvTable.read(resource)) {
            Rail rail;
            try {
                rail = Rail.valueOf(row.get("rail"));
            } catch (IllegalArgumentException e) {
                throw row.error("rail", "unknown rail '" + row.get("rail") + "'");
            }
            formats.computeIfAbsent(row.get("country"), c -> new EnumMap<>(Rail.class))
                    .computeIfAbsent(rail, r -> new ArrayList<>())
                    .add(Template.parse(row.get("template"), PLACEHOLDERS, row, "template"));
        }
        return new StatementFormats(formats);
    }

    /** The style {@code style} (any non-negative number; it wraps) of a rail in a country. */
    public Template format(String country, Rail rail, int style) {
        List<Template> variants = formats.getOrDefault(country, Map.of()).get(rail);
        if (variants == null) {
            throw new IllegalStateException("statement-formats.csv has no " + rail + " format for " + country);
        }
        return variants.get(Math.floorMod(style, variants.size()));
    }

    /** Fails, naming what is missing, unless every country has a format for every rail it uses. */
    public void checkCovers(List<String> countries) {
        for (String country : countries) {
            List<Rail> missing = missingRails(country);
            if (!missing.isEmpty()) {
                throw new IllegalStateException("statement-formats.csv has no " + missing + " format for " + country);
            }
        }
    }

    /** Rails a country lacks; UPI is only expected in India. */
    List<Rail> missingRails(String country) {
        List<Rail> missing = new ArrayList<>();
        for (Rail rail : Rail.values()) {
            boolean expected = rail != Rail.UPI || country.equals("IN");
            if (expected && !formats.getOrDefault(country, Map.of()).containsKey(rail)) {
                missing.add(rail);
            }
        }
        return missing;
    }
}
