package dev.banksync.batch.importer.mt940;

import dev.banksync.batch.importer.statement.Descriptions;
import dev.banksync.batch.importer.statement.FieldFault;
import dev.banksync.batch.importer.statement.StatementLine;
import dev.banksync.batch.importer.statement.StatementRow;
import dev.banksync.core.money.Money;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One MT940 entry as a {@link StatementLine}, or a rejection naming the field ({@code :61: amount},
 * {@code :60F: currency}…). Booking date: the entry date, else the value date; currency: the statement's opening
 * balance, else the import's default; description: the supplementary details of {@code :61:} and the
 * {@code :86:} text (see {@link Mt940Details}), unless the details are codes; reference: the bank's reference ({@code //…}), else the customer
 * reference unless NONREF, else the end-to-end reference of {@code :86:}.
 */
final class Mt940EntryMapper {

    /** Supplementary details that are codes, not words: ING's {@code /TRCD/01028/}. */
    private static final Pattern CODES = Pattern.compile("(/[A-Z]{2,5}/[^/]*)+/?");

    private final Currency defaultCurrency;

    Mt940EntryMapper(Currency defaultCurrency) {
        this.defaultCurrency = defaultCurrency;
    }

    StatementRow map(Mt940Event.Entry e) {
        long line = e.statementLine().line();
        try {
            Mt940Entry entry = Mt940Entry.parse(e.statementLine().lines());
            Money amount;
            try {
                amount = Money.of(entry.amount(), currency(e.statement()));
            } catch (IllegalArgumentException ex) {
                throw new FieldFault(":61: amount", ex.getMessage());
            }
            List<String> detailLines = new ArrayList<>();
            e.details().forEach(d -> detailLines.addAll(d.lines()));
            Mt940Details details = Mt940Details.parse(detailLines);
            String supplementary = CODES.matcher(entry.supplementary()).matches() ? "" : entry.supplementary();
            String description = Descriptions.combine(supplementary, details.description());
            return new StatementLine(line, entry.bookingDate(), entry.valueDate(), amount, description,
                    reference(entry, details), e.raw());
        } catch (FieldFault fault) {
            return fault.reject(line, e.raw());
        }
    }

    private Currency currency(Mt940Event.Statement statement) {
        if (statement.balanceTag() == null) {
            if (defaultCurrency == null) {
                throw new FieldFault(":60F: currency", "no currency: the statement has no opening balance (:60F:)"
                        + " and the import has no default currency");
            }
            return defaultCurrency;
        }
        String field = ":" + statement.balanceTag() + ": currency";
        if (!statement.currency().matches("[A-Z]{3}")) {
            throw new FieldFault(field, "the opening balance '" + statement.balanceValue() + "' holds no currency"
                    + " (expected D/C, YYMMDD, a 3-letter currency, the amount)");
        }
        try {
            return Money.currency(statement.currency());
        } catch (IllegalArgumentException ex) {
            throw new FieldFault(field, ex.getMessage() + " in the opening balance '" + statement.balanceValue() + "'");
        }
    }

    private static String reference(Mt940Entry entry, Mt940Details details) {
        if (entry.bankReference() != null) {
            return entry.bankReference();
        }
        String customer = entry.customerReference();
        if (customer != null && !customer.isEmpty() && !customer.equalsIgnoreCase("NONREF")) {
            return customer;
        }
        return details.reference();
    }
}
