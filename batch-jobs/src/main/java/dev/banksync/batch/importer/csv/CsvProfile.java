package dev.banksync.batch.importer.csv;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * How to read one bank's CSV export. Every setting left null (or empty) is detected from the file: the columns
 * from the header row (common English names and a few German/French/Spanish/Dutch ones), the delimiter from the
 * header line, the date pattern and the decimal separator from the values. {@link #GENERIC} leaves everything to
 * detection; a bank-specific profile pins down what detection cannot know. Profiles are written as properties
 * files, see {@link CsvProfiles}.
 *
 * @param amountColumn      one signed amount column; or else {@code debitColumn} and {@code creditColumn}
 * @param directionColumn   a column marking unsigned amounts as debit/credit (DR/CR, D/C) — Mint exports have one
 * @param descriptionColumns joined with a space, in this order
 * @param currency          the currency of every row when the file has no currency column (overrides the default)
 */
public record CsvProfile(
        String name,
        Character delimiter,
        Charset charset,
        String dateColumn,
        String datePattern,
        String valueDateColumn,
        String amountColumn,
        String debitColumn,
        String creditColumn,
        String directionColumn,
        List<String> descriptionColumns,
        String currencyColumn,
        String referenceColumn,
        String currency,
        Character decimalSeparator) {

    public static final CsvProfile GENERIC = new CsvProfile("generic", null, StandardCharsets.UTF_8, null, null, null,
            null, null, null, null, List.of(), null, null, null, null);

    public CsvProfile {
        Objects.requireNonNull(name, "name");
        charset = charset == null ? StandardCharsets.UTF_8 : charset;
        descriptionColumns = descriptionColumns == null ? List.of() : List.copyOf(descriptionColumns);
        if (amountColumn != null && (debitColumn != null || creditColumn != null)) {
            throw new IllegalArgumentException("profile " + name + ": set amount.column or debit/credit columns, not both");
        }
        if ((debitColumn == null) != (creditColumn == null)) {
            throw new IllegalArgumentException("profile " + name + ": debit.column and credit.column go together");
        }
        if (decimalSeparator != null && decimalSeparator != '.' && decimalSeparator != ',') {
            throw new IllegalArgumentException("profile " + name + ": decimal.separator must be '.' or ','");
        }
    }

    boolean usesDebitCredit() {
        return debitColumn != null;
    }
}
