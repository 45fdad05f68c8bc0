package dev.banksync.ml.evaluate;

import dev.banksync.core.money.Money;
import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.categorise.CategoriserInput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Evaluates a categoriser on anyone's labelled CSV: the text column, the label column, optionally a signed amount
 * column ("-5.75", "-5,75", "(5.75)", "1,234.56") and a label map from their taxonomy to ours. Columns named
 * {@code currency}, {@code mcc} and {@code country} are used when present (currency defaults to USD). Rows whose
 * label does not map are counted per label and left out of the scores; a bad amount is an error naming the line.
 */
public final class CsvEvaluation {

    private CsvEvaluation() {
    }

    public static EvaluationReport evaluate(Path csv, String textCol, String labelCol, String amountCol, Path labelMap,
                                            Categoriser model) {
        LabelMap map = labelMap == null ? LabelMap.identity() : LabelMap.read(labelMap);
        try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return evaluate(in, csv.toString(), textCol, labelCol, amountCol, map, model);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + csv, e);
        }
    }

    public static EvaluationReport evaluate(Reader in, String sourceName, String textCol, String labelCol,
                                            String amountCol, LabelMap map, Categoriser model) throws IOException {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        Evaluator evaluator = new Evaluator(model);
        try (CSVParser parser = CSVParser.parse(in, format)) {
            for (String column : new String[] {textCol, labelCol, amountCol}) {
                if (column != null && !parser.getHeaderMap().containsKey(column)) {
                    throw new IllegalArgumentException(sourceName + ": no column '" + column + "' (columns: "
                            + parser.getHeaderNames() + ")");
                }
            }
            for (CSVRecord row : parser) {
                String where = sourceName + " line " + parser.getCurrentLineNumber();
                String label = value(row, labelCol);
                var ours = map.map(label);
                if (ours.isEmpty()) {
                    evaluator.exclude(label == null ? "" : label);
                    continue;
                }
                String currency = orDefault(value(row, "currency"), "USD");
                long amount = amountCol == null ? 0 : amountMinor(value(row, amountCol), currency, where, amountCol);
                String text = orDefault(value(row, textCol), "");
                evaluator.add(new CategoriserInput(text, amount, currency, value(row, "mcc"), value(row, "country")),
                        ours.get());
            }
        }
        return evaluator.report(sourceName);
    }

    static long amountMinor(String raw, String currency, String where, String column) {
        if (raw == null) {
            return 0;
        }
        String s = raw.replaceAll("[\\s\\p{Sc}]", "");
        boolean negative = s.startsWith("(") && s.endsWith(")");
        s = negative ? s.substring(1, s.length() - 1) : s;
        int comma = s.lastIndexOf(',');
        int dot = s.lastIndexOf('.');
        if (comma > dot) {
            s = s.replace(".", "").replace(',', '.'); // 1.234,56 or 5,75
        } else {
            s = s.replace(",", ""); // 1,234.56
        }
        try {
            BigDecimal value = new BigDecimal(s);
            long minor = Money.of(value.setScale(Math.max(value.scale(), 0)), Money.currency(currency)).minorUnits();
            return negative ? -minor : minor;
        } catch (IllegalArgumentException e) { // NumberFormatException included
            throw new IllegalArgumentException(where + ": field " + column + ": '" + raw + "' is not an amount", e);
        }
    }

    private static String value(CSVRecord row, String column) {
        if (column == null || !row.isMapped(column) || !row.isSet(column)) {
            return null;
        }
        String v = row.get(column).trim();
        return v.isEmpty() ? null : v;
    }

    private static String orDefault(String value, String fallback) {
        return value == null ? fallback : value;
    }
}
