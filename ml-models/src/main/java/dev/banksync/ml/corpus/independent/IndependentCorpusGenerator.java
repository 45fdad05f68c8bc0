package dev.banksync.ml.corpus.independent;

import dev.banksync.core.category.Category;
import dev.banksync.ml.corpus.CorpusCsv;
import dev.banksync.ml.corpus.LabelledTransaction;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * A second, independent corpus for held-out evaluation only — never trained on. It shares nothing with
 * {@link dev.banksync.ml.corpus.CorpusGenerator} but the output format: its own merchant lists (chains and
 * businesses written from scratch, many absent from the knowledge base), its own people and employers, its own
 * bank styles (aggregator-cleaned names, Amex columns, N26/ING/Kotak/Paytm lines), its own noise (vowel-dropping
 * abbreviations, 19-character cuts) and its own amounts. So the figure it gives is not the generator grading
 * itself — though one author wrote both, which a real labelled statement set would still beat.
 *
 * <p>Run: {@code java dev.banksync.ml.corpus.independent.IndependentCorpusGenerator [outFile] [rows] [seed]};
 * defaults {@code ml-models/data/independent/heldout.csv 6000 7}.
 */
public final class IndependentCorpusGenerator {

    private static final Map<String, String> CURRENCY = Map.of("US", "USD", "GB", "GBP", "EU", "EUR", "IN", "INR");
    private static final Map<String, Double> PER_DOLLAR = Map.of("US", 1.0, "GB", 0.79, "EU", 0.9, "IN", 84.0);
    private static final String[] EURO_COUNTRIES = {"DE", "FR", "NL", "ES", "IT", "IE", "AT", "BE"};
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    /** Typical spend per primary in dollars: low and high. */
    private static final Map<String, double[]> SPEND = Map.ofEntries(
            Map.entry("FOOD_AND_DRINK", new double[] {3, 120}), Map.entry("GENERAL_MERCHANDISE", new double[] {5, 400}),
            Map.entry("HOME_IMPROVEMENT", new double[] {10, 900}), Map.entry("MEDICAL", new double[] {8, 600}),
            Map.entry("PERSONAL_CARE", new double[] {10, 150}), Map.entry("GENERAL_SERVICES", new double[] {10, 700}),
            Map.entry("ENTERTAINMENT", new double[] {5, 150}), Map.entry("TRANSPORTATION", new double[] {2, 100}),
            Map.entry("TRAVEL", new double[] {60, 1200}), Map.entry("RENT_AND_UTILITIES", new double[] {20, 300}),
            Map.entry("GOVERNMENT_AND_NON_PROFIT", new double[] {10, 2000}),
            Map.entry("LOAN_PAYMENTS", new double[] {50, 2500}), Map.entry("TRANSFER_OUT", new double[] {50, 3000}));

    private final List<IndependentTables.Merchants> merchants = IndependentTables.merchants();
    private final List<IndependentTables.Wordings> wordings = IndependentTables.wordings();
    private final List<IndependentTables.Names> names = IndependentTables.names();

    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "ml-models/data/independent/heldout.csv");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 6000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 7L;
        List<LabelledTransaction> corpus = new IndependentCorpusGenerator().generate(rows, seed);
        CorpusCsv.write(out, corpus);
        System.out.printf(Locale.ROOT, "wrote %d rows to %s%n", corpus.size(), out);
    }

    public List<LabelledTransaction> generate(int rows, long seed) {
        Random random = new Random(seed);
        List<LabelledTransaction> out = new ArrayList<>(rows);
        while (out.size() < rows) {
            String region = pickRegion(random);
            out.add(random.nextInt(10) < 7 ? merchantLine(region, random) : otherLine(region, random));
        }
        return out;
    }

    private LabelledTransaction merchantLine(String region, Random random) {
        List<IndependentTables.Merchants> lists = merchants.stream().filter(m -> m.region().equals(region)).toList();
        IndependentTables.Merchants list = lists.get(random.nextInt(lists.size()));
        String merchant = list.names().get(random.nextInt(list.names().size()));
        if (random.nextInt(5) == 0) {
            merchant = BankStyles.abbreviate(merchant, random);
        }
        if (random.nextInt(10) == 0 && merchant.length() > 19) {
            merchant = merchant.substring(0, 19);
        }
        String city = name(region, "CITY", random);
        String text = BankStyles.cardLine(region, merchant, city, random);
        String primary = Category.primaryOf(list.detailed()).name();
        double[] spend = SPEND.getOrDefault(primary, new double[] {5, 200});
        long minor = amount(spend[0], spend[1], region, random);
        boolean refund = random.nextInt(30) == 0;
        if (refund) {
            text = (random.nextBoolean() ? "Refund " : "REFUND - ") + text;
        }
        String mcc = random.nextInt(7) == 0 ? mccOf(primary) : null;
        return row(text, refund ? minor : -minor, region, mcc, primary, list.detailed(), "B/" + region + "/merchant", random);
    }

    private LabelledTransaction otherLine(String region, Random random) {
        List<IndependentTables.Wordings> lists = wordings.stream().filter(w -> w.region().equals(region)).toList();
        IndependentTables.Wordings list = lists.get(random.nextInt(lists.size()));
        String text = list.lines().get(random.nextInt(list.lines().size()))
                .replace("{NAME}", name(region, "NAME", random)).replace("{EMP}", name(region, "EMP", random))
                .replace("{CITY}", name(region, "CITY", random)).replace("{BANK}", name(region, "BANK", random))
                .replace("{MONTH}", MONTHS[random.nextInt(12)]).replace("{N3}", BankStyles.digits(random, 3))
                .replace("{N4}", BankStyles.digits(random, 4)).replace("{N6}", BankStyles.digits(random, 6));
        double low = list.min() / PER_DOLLAR.get(region);
        double high = list.max() / PER_DOLLAR.get(region);
        long minor = amount(low, high, region, random);
        String primary = Category.primaryOf(list.detailed()).name();
        return row(text, list.inflow() ? minor : -minor, region, null, primary, list.detailed(),
                "B/" + region + "/other", random);
    }

    private LabelledTransaction row(String text, long amountMinor, String region, String mcc, String primary,
                                    String detailed, String style, Random random) {
        int casing = random.nextInt(10);
        String cased = casing < 4 ? text.toUpperCase(Locale.ROOT) : casing == 9 ? text.toLowerCase(Locale.ROOT) : text;
        String country = switch (region) {
            case "EU" -> EURO_COUNTRIES[random.nextInt(EURO_COUNTRIES.length)];
            case "GB" -> "GB";
            default -> region;
        };
        return new LabelledTransaction(cased, amountMinor, CURRENCY.get(region), mcc,
                random.nextInt(3) == 0 ? null : country, primary, detailed, style);
    }

    private static long amount(double lowDollars, double highDollars, String region, Random random) {
        double dollars = lowDollars + (highDollars - lowDollars) * Math.pow(random.nextDouble(), 2.5);
        return Math.max(1, Math.round(dollars * PER_DOLLAR.get(region) * 100));
    }

    private String name(String region, String kind, Random random) {
        for (IndependentTables.Names n : names) {
            if (n.region().equals(region) && n.kind().equals(kind)) {
                return n.names().get(random.nextInt(n.names().size()));
            }
        }
        throw new IllegalArgumentException("no " + kind + " names for " + region);
    }

    private static String mccOf(String primary) {
        return switch (primary) {
            case "FOOD_AND_DRINK" -> "5812";
            case "TRANSPORTATION" -> "5541";
            case "TRAVEL" -> "4722";
            case "MEDICAL" -> "8099";
            default -> "5999";
        };
    }

    private static String pickRegion(Random random) {
        int r = random.nextInt(100);
        return r < 30 ? "US" : r < 50 ? "GB" : r < 75 ? "EU" : "IN";
    }
}
