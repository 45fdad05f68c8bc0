package dev.banksync.batch.importer.ofx;

import dev.banksync.batch.importer.statement.Descriptions;
import dev.banksync.batch.importer.statement.FieldFault;
import dev.banksync.batch.importer.statement.StatementLine;
import dev.banksync.batch.importer.statement.StatementRow;
import dev.banksync.batch.importer.statement.TextDecoding;
import dev.banksync.core.money.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Map;

/**
 * One {@code <STMTTRN>} as a {@link StatementLine}, or a rejection naming the element at fault.
 * <ul>
 *   <li>booking date: DTPOSTED; value date: DTAVAIL (or the non-standard VALUEDATE some banks write);</li>
 *   <li>amount: TRNAMT, signed as written (OFX amounts carry their sign; TRNTYPE does not override it);</li>
 *   <li>currency: the transaction's {@code CURRENCY/CURSYM} when it has one (its amount is in that currency),
 *       else the statement's CURDEF (also when it has an ORIGCURRENCY: that amount was converted into CURDEF),
 *       else the import's default currency;</li>
 *   <li>description: NAME (or PAYEE/NAME) and MEMO, see {@link Descriptions}; reference: FITID, else REFNUM.</li>
 * </ul>
 */
final class OfxTransactionMapper {

    private final Currency defaultCurrency;
    private final TextDecoding decoding;

    OfxTransactionMapper(Currency defaultCurrency, TextDecoding decoding) {
        this.defaultCurrency = defaultCurrency;
        this.decoding = decoding;
    }

    StatementRow map(OfxEvent.Transaction t) {
        Map<String, String> f = t.fields();
        try {
            String posted = value(f, "DTPOSTED");
            if (posted == null) {
                throw new FieldFault("DTPOSTED", "the posting date is missing");
            }
            LocalDate booking = OfxValues.date("DTPOSTED", posted);
            String availableField = value(f, "DTAVAIL") != null ? "DTAVAIL" : "VALUEDATE";
            String available = value(f, availableField);
            LocalDate valueDate = available == null ? null : OfxValues.date(availableField, available);
            String amountText = value(f, "TRNAMT");
            if (amountText == null) {
                throw new FieldFault("TRNAMT", "the amount is missing");
            }
            Money amount = money(amountText, currency(t));
            String name = value(f, "NAME") != null ? value(f, "NAME") : value(f, "PAYEE/NAME");
            String memo = value(f, "MEMO");
            decoding.requireTrusted(value(f, "NAME") != null ? "NAME" : "PAYEE/NAME", name);
            decoding.requireTrusted("MEMO", memo);
            String description = Descriptions.combine(name, memo);
            if (description.isEmpty() && value(f, "CHECKNUM") != null) {
                description = "CHECK " + value(f, "CHECKNUM");
            }
            String reference = value(f, "FITID") != null ? value(f, "FITID") : value(f, "REFNUM");
            decoding.requireTrusted("FITID", reference);
            return new StatementLine(t.line(), booking, valueDate, amount, description, reference, t.raw());
        } catch (FieldFault fault) {
            return fault.reject(t.line(), t.raw());
        }
    }

    private Currency currency(OfxEvent.Transaction t) {
        String own = value(t.fields(), "CURRENCY/CURSYM");
        if (own != null) {
            return currency("CURRENCY/CURSYM", own);
        }
        if (t.currency() != null) {
            return currency("CURDEF", t.currency());
        }
        if (defaultCurrency == null) {
            throw new FieldFault("CURDEF", "no currency: the statement has no CURDEF and the import has no default"
                    + " currency");
        }
        return defaultCurrency;
    }

    private static Currency currency(String field, String code) {
        try {
            return Money.currency(code);
        } catch (IllegalArgumentException e) {
            throw new FieldFault(field, e.getMessage());
        }
    }

    private static Money money(String text, Currency currency) {
        try {
            return Money.of(OfxValues.amount("TRNAMT", text), currency);
        } catch (IllegalArgumentException e) {
            throw new FieldFault("TRNAMT", e.getMessage());
        }
    }

    private static String value(Map<String, String> fields, String path) {
        String v = fields.get(path);
        return v == null || v.isBlank() ? null : v.strip();
    }
}
