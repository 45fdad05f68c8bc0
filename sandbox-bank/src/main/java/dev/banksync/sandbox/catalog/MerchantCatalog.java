package dev.banksync.sandbox.catalog;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** The merchants of {@code merchants.csv}, indexed by region and kind. Loaded once, immutable. */
public final class MerchantCatalog {

    static final String RESOURCE = "/dev/banksync/sandbox/catalog/merchants.csv";
    private static final Set<String> DESCRIPTOR_PLACEHOLDERS = Set.of("store", "city", "st", "ref");
    private static final Map<String, String> REGION_CURRENCY = Map.of("US", "USD", "GB", "GBP", "IN", "INR",
            "EU", "EUR", "DE", "EUR", "FR", "EUR", "NL", "EUR", "ES", "EUR");
    private static final Map<String, String> CHANNELS = Map.of("in_store", "in store", "online", "online",
            "other", "other");

    private final List<Merchant> all;
    private final Map<String, Map<MerchantKind, List<Merchant>>> byRegion;

    private MerchantCatalog(List<Merchant> all) {
        this.all = List.copyOf(all);
        Map<String, Map<MerchantKind, List<Merchant>>> index = new TreeMap<>();
        for (Merchant m : all) {
            index.computeIfAbsent(m.region(), r -> new EnumMap<>(MerchantKind.class))
                    .computeIfAbsent(m.kind(), k -> new ArrayList<>()).add(m);
        }
        this.byRegion = index;
    }

    /** Loads the shipped data file; a bad row fails with its line number. */
    public static MerchantCatalog load() {
        return load(RESOURCE);
    }

    static MerchantCatalog load(String resource) {
        List<Merchant> merchants = new ArrayList<>();
        for (CsvTable.Row row : CsvTable.read(resource)) {
            merchants.add(parse(row));
        }
        return new MerchantCatalog(merchants);
    }

    /** Merchants of a kind that serve the given regions (e.g. "DE" and "EU"), in file order. */
    public List<Merchant> of(List<String> regions, MerchantKind kind) {
        List<Merchant> found = new ArrayList<>();
        for (String region : regions) {
            found.addAll(byRegion.getOrDefault(region, Map.of()).getOrDefault(kind, List.of()));
        }
        return Collections.unmodifiableList(found);
    }

    /** Kinds of {@link MerchantKind#REQUIRED_PER_COUNTRY} that no merchant of these regions offers. */
    public Set<MerchantKind> missingKinds(List<String> regions) {
        Set<MerchantKind> missing = EnumSet.noneOf(MerchantKind.class);
        for (MerchantKind kind : MerchantKind.REQUIRED_PER_COUNTRY) {
            if (of(regions, kind).isEmpty()) {
                missing.add(kind);
            }
        }
        return missing;
    }

    public List<Merchant> all() {
        return all;
    }

    private static Merchant parse(CsvTable.Row row) {
        String region = row.get("region");
        String currency = REGION_CURRENCY.get(region);
        if (currency == null) {
            throw row.error("region", "unknown region '" + region + "' (known: " + REGION_CURRENCY.keySet() + ")");
        }
        MerchantKind kind = enumValue(row, "kind");
        String category = row.get("category");
        try {
            PfcCategories.primaryOf(category);
        } catch (IllegalArgumentException e) {
            throw row.error("category", e.getMessage());
        }
        String channel = CHANNELS.get(row.get("channel"));
        if (channel == null) {
            throw row.error("channel", "must be one of " + CHANNELS.keySet());
        }
        long min = minor(row, "min", currency);
        long max = minor(row, "max", currency);
        if (min > max) {
            throw row.error("max", "is below min");
        }
        List<Template> descriptors = new ArrayList<>();
        for (String text : row.get("descriptors").split("\\|")) {
            descriptors.add(Template.parse(text.trim(), DESCRIPTOR_PLACEHOLDERS, row, "descriptors"));
        }
        return new Merchant(region + "/" + row.line(), region, currency, kind, row.optional("merchant_name"),
                category, row.optional("mcc"), channel, min, max, List.copyOf(descriptors));
    }

    private static MerchantKind enumValue(CsvTable.Row row, String column) {
        try {
            return MerchantKind.valueOf(row.get(column));
        } catch (IllegalArgumentException e) {
            throw row.error(column, "unknown kind '" + row.get(column) + "'");
        }
    }

    private static long minor(CsvTable.Row row, String column, String currency) {
        try {
            int digits = Currency.getInstance(currency).getDefaultFractionDigits();
            return new BigDecimal(row.get(column)).setScale(digits).unscaledValue().longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw row.error(column, "'" + row.get(column) + "' is not an amount in " + currency);
        }
    }
}
