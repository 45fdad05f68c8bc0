package dev.banksync.ml.corpus;

import dev.banksync.core.money.Money;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The corpus file format: UTF-8 CSV with a header {@value #HEADER_TEXT}, gzip-compressed when the file name ends
 * in {@code .gz}. The amount is a signed decimal in major
 * units (money out negative), exact, in the row's currency; mcc, country and detailed may be empty.
 */
public final class CorpusCsv {

    static final String[] HEADER = {"description", "amount", "currency", "mcc", "country", "category", "detailed",
        "style"};
    private static final String HEADER_TEXT = "description,amount,currency,mcc,country,category,detailed,style";

    private CorpusCsv() {
    }

    public static void write(Path file, List<LabelledTransaction> rows) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (Writer out = new OutputStreamWriter(gzipIfNamed(file, Files.newOutputStream(file)), StandardCharsets.UTF_8);
                 CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setHeader(HEADER)
                         .setRecordSeparator('\n').get())) {
                for (LabelledTransaction row : rows) {
                    printer.printRecord(row.description(),
                            Money.ofMinor(row.amountMinor(), row.currency()).toDecimal().toPlainString(),
                            row.currency(), orEmpty(row.mcc()), orEmpty(row.country()), row.category(),
                            orEmpty(row.detailed()), orEmpty(row.style()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    public static List<LabelledTransaction> read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             Reader in = new InputStreamReader(gzipped(file) ? new GZIPInputStream(raw, 1 << 16) : raw,
                     StandardCharsets.UTF_8)) {
            return read(in, file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    /** Reads a corpus; a bad row is an error naming the source, the line and the field. */
    public static List<LabelledTransaction> read(Reader in, String sourceName) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        List<LabelledTransaction> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            for (String column : HEADER) {
                if (!parser.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException(sourceName + ": missing column " + column
                            + " (expected " + HEADER_TEXT + ")");
                }
            }
            for (CSVRecord record : parser) {
                rows.add(parse(record, sourceName + " line " + parser.getCurrentLineNumber()));
            }
        }
        return rows;
    }

    private static LabelledTransaction parse(CSVRecord r, String where) {
        String currency = r.get("currency");
        long amount;
        try {
            amount = Money.parse(r.get("amount"), currency).minorUnits();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": field amount/currency: " + e.getMessage(), e);
        }
        try {
            return new LabelledTransaction(r.get("description"), amount, currency, emptyToNull(r.get("mcc")),
                    emptyToNull(r.get("country")), r.get("category"), emptyToNull(r.get("detailed")),
                    emptyToNull(r.get("style")));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": field category/detailed: " + e.getMessage(), e);
        }
    }

    private static boolean gzipped(Path file) {
        return file.getFileName().toString().endsWith(".gz");
    }

    private static OutputStream gzipIfNamed(Path file, OutputStream out) throws IOException {
        return gzipped(file) ? new GZIPOutputStream(out, 1 << 16) : out;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
