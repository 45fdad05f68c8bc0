package dev.banksync.batch.importer.csv;

import dev.banksync.batch.importer.statement.RejectedRow;
import dev.banksync.batch.importer.statement.StatementLine;
import dev.banksync.batch.importer.statement.StatementRow;
import dev.banksync.core.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Turns one CSV data record into a {@link StatementLine}, or a {@link RejectedRow} naming the field at fault. */
final class CsvRowMapper {

    static final Set<String> DEBIT_MARKERS = Set.of("debit", "dr", "d", "db");
    static final Set<String> CREDIT_MARKERS = Set.of("credit", "cr", "c");

    private final CsvLayout layout;
    private final CsvColumns columns;
    private final int widestUsedColumn;

    CsvRowMapper(CsvLayout layout) {
        this.layout = layout;
        this.columns = layout.columns();
        this.widestUsedColumn = IntStream.concat(
                IntStream.of(columns.date(), columns.valueDate(), columns.amount(), columns.debit(),
                        columns.credit(), columns.direction(), columns.currency(), columns.reference()),
                columns.description().stream().mapToInt(Integer::intValue)).max().orElse(0);
    }

    StatementRow map(CsvCursor.Record record) {
        List<String> values = record.values();
        try {
            if (values.size() > columns.header().size()) {
                throw new RowError(null, "has " + values.size() + " fields but the header has "
                        + columns.header().size() + " (an unquoted delimiter inside a value?)");
            }
            if (values.size() <= widestUsedColumn) {
                throw new RowError(null, "has " + values.size() + " fields, too few for column '"
                        + columns.name(widestUsedColumn) + "'");
            }
            LocalDate booking = date(values, columns.date(), true);
            LocalDate valueDate = date(values, columns.valueDate(), false);
            Money amount = money(values);
            String reference = text(values, columns.reference());
            String description = columns.description().stream().map(i -> text(values, i))
                    .filter(s -> !s.isEmpty()).collect(Collectors.joining(" "));
            if (description.isEmpty()) {
                description = reference;
            }
            return new StatementLine(record.line(), booking, valueDate, amount, description,
                    reference.isEmpty() ? null : reference, record.raw());
        } catch (RowError e) {
            return new RejectedRow(record.line(), e.field, e.getMessage(), record.raw());
        }
    }

    private LocalDate date(List<String> values, int column, boolean required) {
        String value = text(values, column);
        if (value.isEmpty()) {
            if (required) {
                throw new RowError(columns.name(column), "date is missing");
            }
            return null;
        }
        try {
            return DateFormats.parse(value, layout.dateFormat());
        } catch (DateTimeParseException e) {
            throw new RowError(columns.name(column), "'" + value + "' is not a date in pattern " + layout.datePattern());
        }
    }

    private Money money(List<String> values) {
        BigDecimal value = columns.usesDebitCredit() ? debitCredit(values) : signedAmount(values);
        Currency currency = currency(values);
        try {
            return Money.of(value, currency);
        } catch (IllegalArgumentException e) {
            int column = columns.usesDebitCredit() ? columns.debit() : columns.amount();
            throw new RowError(columns.name(column), e.getMessage());
        }
    }

    private BigDecimal signedAmount(List<String> values) {
        BigDecimal amount = number(values, columns.amount());
        if (amount == null) {
            throw new RowError(columns.name(columns.amount()), "amount is missing");
        }
        if (columns.direction() == CsvColumns.NONE) {
            return amount;
        }
        String marker = text(values, columns.direction()).toLowerCase(Locale.ROOT);
        if (DEBIT_MARKERS.contains(marker)) {
            return amount.abs().negate();
        }
        if (CREDIT_MARKERS.contains(marker)) {
            return amount.abs();
        }
        throw new RowError(columns.name(columns.direction()), "'" + marker + "' is neither debit nor credit");
    }

    private BigDecimal debitCredit(List<String> values) {
        BigDecimal debit = number(values, columns.debit());
        BigDecimal credit = number(values, columns.credit());
        boolean isDebit = debit != null && debit.signum() != 0;
        boolean isCredit = credit != null && credit.signum() != 0;
        String field = columns.name(columns.debit()) + "/" + columns.name(columns.credit());
        if (isDebit && isCredit) {
            throw new RowError(field, "both debit and credit have an amount");
        }
        if (debit == null && credit == null) {
            throw new RowError(field, "amount is missing");
        }
        // Debits leave the account whichever sign the bank wrote them with.
        return isDebit ? debit.abs().negate() : credit != null ? credit : debit;
    }

    private BigDecimal number(List<String> values, int column) {
        String value = text(values, column);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Amounts.parse(value, layout.decimalSeparator());
        } catch (IllegalArgumentException e) {
            throw new RowError(columns.name(column), e.getMessage());
        }
    }

    private Currency currency(List<String> values) {
        String code = text(values, columns.currency());
        if (!code.isEmpty()) {
            try {
                return Money.currency(code);
            } catch (IllegalArgumentException e) {
                throw new RowError(columns.name(columns.currency()), e.getMessage());
            }
        }
        if (layout.fallbackCurrency() == null) {
            throw new RowError(columns.currency() == CsvColumns.NONE ? "currency" : columns.name(columns.currency()),
                    "no currency: the row names none and the import has no default currency");
        }
        return layout.fallbackCurrency();
    }

    private static String text(List<String> values, int column) {
        return column == CsvColumns.NONE || column >= values.size() ? "" : values.get(column).strip();
    }

    /** A row-level problem; cheap (no stack trace) because bad files can have many. */
    private static final class RowError extends RuntimeException {
        private final String field;

        RowError(String field, String reason) {
            super(reason, null, false, false);
            this.field = field;
        }
    }
}
