package dev.banksync.ml.corpus;

import dev.banksync.core.money.Money;
import dev.banksync.ml.merchant.MerchantKnowledgeBase;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;

/**
 * The seeded generator of the shipped training corpus: statement lines as banks of the US, the UK, Ireland, Germany,
 * France, the Netherlands, Spain, Italy and India print them, for every PFC primary — card purchases, online
 * subscriptions, direct debits, standing orders, transfers, UPI/IMPS/NEFT and SEPA references, ATM withdrawals,
 * salaries, benefits, refunds, fees, interest. What varies is data ({@code corpus/*.tsv}): scenarios, templates,
 * word lists and the merchant knowledge base.
 *
 * <p>The held-out split is by payee (a merchant, person or wording is on one side only; lines without a payee are
 * split by template), so the held-out figure measures lines of merchants the model never saw.
 *
 * <p>Run: {@code java dev.banksync.ml.corpus.CorpusGenerator [outDir] [rows] [seed]}; defaults
 * {@code ml-models/data/corpus 60000 20240501}. Writes {@code train.csv.gz} and {@code heldout.csv.gz}
 * (gzip: 60 000 lines are 6.6 MB as text, 1.4 MB compressed).
 */
public final class CorpusGenerator {

    public static final long DEFAULT_SEED = 20240501L;
    public static final String TRAIN_FILE = "train.csv.gz";
    public static final String HELD_OUT_FILE = "heldout.csv.gz";
    private static final double HELD_OUT_SHARE = 0.2;
    private static final double REFUND_SHARE = 0.04;
    private static final double MCC_SHARE = 0.25;

    /** The two sides of a generated corpus. */
    public record Corpus(List<LabelledTransaction> train, List<LabelledTransaction> heldOut) {
    }

    private final List<Scenario> scenarios = Scenario.load("scenarios.tsv");
    private final StatementTemplates templates = StatementTemplates.load("templates.tsv");
    private final WordTables words = WordTables.load("pools.tsv", "phrases.tsv", "local_names.tsv");
    private final Payees payees = new Payees(words, MerchantKnowledgeBase.shipped());
    private final LineWriter writer = new LineWriter(words);

    public static void main(String[] args) {
        Path out = Path.of(args.length > 0 ? args[0] : "ml-models/data/corpus");
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 60_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : DEFAULT_SEED;
        Corpus corpus = new CorpusGenerator().generate(rows, seed);
        CorpusCsv.write(out.resolve(TRAIN_FILE), corpus.train());
        CorpusCsv.write(out.resolve(HELD_OUT_FILE), corpus.heldOut());
        System.out.printf(Locale.ROOT, "wrote %d training and %d held-out rows to %s%n", corpus.train().size(),
                corpus.heldOut().size(), out);
    }

    /** {@code rows} lines in all, the same for the same seed. */
    public Corpus generate(int rows, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<LabelledTransaction> train = new ArrayList<>();
        List<LabelledTransaction> heldOut = new ArrayList<>();
        while (train.size() + heldOut.size() < rows) {
            Generated line = attempt(random);
            if (line != null) {
                (isHeldOut(line.payeeKey(), seed) ? heldOut : train).add(line.row());
            }
        }
        return new Corpus(train, heldOut);
    }

    private record Generated(LabelledTransaction row, String payeeKey) {
    }

    /** One line, or null when the drawn scenario has no payee or line kind in the drawn region. */
    private Generated attempt(RandomGenerator random) {
        Region region = pickRegion(random);
        Scenario scenario = pickScenario(random);
        List<String> kinds = scenario.kinds().stream().filter(k -> templates.has(region, k)).toList();
        Payees.Payee payee = payees.make(scenario.payee(), scenario.note(), region, random);
        if (kinds.isEmpty() || payee == null) {
            return null;
        }
        String kind = kinds.get(random.nextInt(kinds.size()));
        boolean inflow = scenario.inflow();
        if (scenario.merchant() && !inflow && random.nextDouble() < REFUND_SHARE && templates.has(region, "REFUND")) {
            kind = "REFUND";
            inflow = true;
        }
        boolean cardLike = kind.equals("CARD") || kind.equals("ONLINE") || kind.equals("REFUND");
        if (cardLike && scenario.merchant()) {
            String text = random.nextDouble() < 0.25 ? LineNoise.storeNumber(payee.text(), random) : payee.text();
            text = random.nextDouble() < 0.2 ? LineNoise.truncate(text, random) : text;
            payee = new Payees.Payee(text, payee.key(), payee.web());
        }
        long absMinor = amount(scenario, kind, region, random);
        String template = templates.pick(region, kind, random);
        String text = writer.write(template, new LineWriter.Line(region, payee, scenario.note(), absMinor), random);
        text = LineNoise.spacing(LineNoise.casing(text, random), random);
        String mcc = cardLike || kind.equals("UPI_M") ? (random.nextDouble() < MCC_SHARE
                ? MerchantCodes.of(scenario.detailed(), random) : null) : null;
        String country = random.nextBoolean() ? region.country() : null;
        var row = new LabelledTransaction(text, inflow ? absMinor : -absMinor, region.currency(), mcc, country,
                scenario.primary(), scenario.detailed(), "A/" + region + "/" + kind);
        return new Generated(row, payee.key().isEmpty() ? template : payee.key());
    }

    /** Log-uniform in the scenario's dollar range scaled to the region; ATM and transfers favour round sums. */
    private static long amount(Scenario scenario, String kind, Region region, RandomGenerator random) {
        double low = Math.log(scenario.minDollars());
        double high = Math.log(scenario.maxDollars());
        double major = Math.exp(low + random.nextDouble() * (high - low)) * region.unitsPerDollar();
        long minor = Math.max(1, Math.round(major * 100));
        long unit = region == Region.IN ? 100_00 : 10_00;
        if (kind.equals("ATM")) {
            return Math.max(unit, minor / unit * unit);
        }
        boolean transfer = kind.startsWith("XFER") || kind.startsWith("OWN") || kind.equals("SO")
                || kind.startsWith("UPI_") && !kind.equals("UPI_M");
        if (transfer && random.nextBoolean()) {
            return Math.max(100, minor / 100 * 100);
        }
        return Money.ofMinor(minor, region.currency()).minorUnits();
    }

    private static Region pickRegion(RandomGenerator random) {
        double r = random.nextDouble();
        for (Region region : Region.values()) {
            r -= region.share();
            if (r < 0) {
                return region;
            }
        }
        return Region.US;
    }

    private Scenario pickScenario(RandomGenerator random) {
        double total = 0;
        for (Scenario s : scenarios) {
            total += s.weight();
        }
        double r = random.nextDouble() * total;
        for (Scenario s : scenarios) {
            r -= s.weight();
            if (r < 0) {
                return s;
            }
        }
        return scenarios.get(scenarios.size() - 1);
    }

    private static boolean isHeldOut(String payeeKey, long seed) {
        long h = payeeKey.toUpperCase(Locale.ROOT).hashCode() * 0x9E3779B97F4A7C15L ^ seed;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        return Long.remainderUnsigned(h, 1000) < HELD_OUT_SHARE * 1000;
    }
}
