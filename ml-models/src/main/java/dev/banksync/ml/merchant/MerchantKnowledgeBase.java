package dev.banksync.ml.merchant;

import dev.banksync.core.category.Category;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Well-known merchants of the US, the UK, the euro area and India with their PFC categories, shipped as
 * {@code merchants.csv} (columns merchant, aliases separated by {@code |}, pfc_primary, pfc_detailed, country).
 * Aliases are folded and tokenised like statement text, so "SAINSBURY'S" and "SAINSBURYS" are one alias; every
 * spelling to recognise must be listed (the clean name is not matched unless it is also an alias).
 */
public final class MerchantKnowledgeBase {

    private static final String RESOURCE = "merchants.csv";
    private static volatile MerchantKnowledgeBase shipped;

    private final PhraseIndex<KnownMerchant> aliases = new PhraseIndex<>();
    private final List<KnownMerchant> merchants = new ArrayList<>();

    private MerchantKnowledgeBase() {
    }

    /** The knowledge base that ships with the module (loaded once). */
    public static MerchantKnowledgeBase shipped() {
        MerchantKnowledgeBase kb = shipped;
        if (kb == null) {
            synchronized (MerchantKnowledgeBase.class) {
                kb = shipped;
                if (kb == null) {
                    try (InputStream in = MerchantKnowledgeBase.class.getResourceAsStream(RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("resource " + RESOURCE + " is missing from the classpath");
                        }
                        kb = load(new InputStreamReader(in, StandardCharsets.UTF_8), RESOURCE);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + RESOURCE, e);
                    }
                    shipped = kb;
                }
            }
        }
        return kb;
    }

    /** Parses a knowledge-base CSV; a bad row is an error naming the source, the line and the field. */
    public static MerchantKnowledgeBase load(Reader csv, String sourceName) throws IOException {
        MerchantKnowledgeBase kb = new MerchantKnowledgeBase();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            for (CSVRecord row : parser) {
                kb.addRow(row, sourceName);
            }
        }
        return kb;
    }

    private void addRow(CSVRecord row, String source) {
        String where = source + " line " + (row.getRecordNumber() + 1);
        String name = field(row, "merchant", where);
        String primary = field(row, "pfc_primary", where);
        String detailed = field(row, "pfc_detailed", where);
        try {
            Category declared = Category.parse(primary);
            if (Category.primaryOf(detailed) != declared) {
                throw new IllegalArgumentException(detailed + " is not under " + primary);
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": field pfc_detailed: " + e.getMessage(), e);
        }
        List<String> spellings = new ArrayList<>();
        for (String spelling : field(row, "aliases", where).split("\\|")) {
            spellings.add(spelling.trim());
        }
        KnownMerchant merchant = new KnownMerchant(name, primary, detailed, field(row, "country", where), spellings);
        merchants.add(merchant);
        // The clean name is not an alias by itself: "Leon" or "Next" alone would match people and common words.
        for (String spelling : spellings) {
            List<String> tokens = Tokenizer.split(TextFolding.fold(spelling.trim()));
            if (tokens.isEmpty()) {
                throw new IllegalArgumentException(where + ": field aliases: '" + spelling + "' has no letters or digits");
            }
            KnownMerchant clash = aliases.add(tokens, merchant);
            if (clash != null && clash != merchant) {
                throw new IllegalArgumentException(where + ": field aliases: '" + spelling
                        + "' already names " + clash.name());
            }
        }
    }

    private static String field(CSVRecord row, String column, String where) {
        String value = row.isMapped(column) && row.isSet(column) ? row.get(column).trim() : "";
        if (value.isEmpty()) {
            throw new IllegalArgumentException(where + ": field " + column + " is empty");
        }
        return value;
    }

    /** The longest alias found anywhere in the tokens, or null. */
    public PhraseIndex.Match<KnownMerchant> find(List<String> tokens) {
        return aliases.findLongest(tokens);
    }

    public List<KnownMerchant> merchants() {
        return Collections.unmodifiableList(merchants);
    }
}
