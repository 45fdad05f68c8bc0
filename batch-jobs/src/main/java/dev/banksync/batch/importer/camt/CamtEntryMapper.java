package dev.banksync.batch.importer.camt;

import dev.banksync.batch.importer.statement.FieldFault;
import dev.banksync.batch.importer.statement.StatementLine;
import dev.banksync.batch.importer.statement.StatementRow;
import dev.banksync.batch.importer.statement.TextDecoding;
import dev.banksync.core.money.Money;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Currency;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One camt entry as a {@link StatementLine}, or a rejection whose field is the entry's path plus the element at
 * fault ({@code Stmt[1]/Ntry[3]/BookgDt}).
 * <ul>
 *   <li>only booked entries ({@code Sts} BOOK; {@code Sts/Cd} from version 8): a pending or informational entry
 *       of an intraday camt.052 is not a booking, and is rejected saying so rather than imported as posted;</li>
 *   <li>amount: {@code Amt} (unsigned) in its {@code Ccy}, negative when {@code CdtDbtInd} is DBIT. A reversal
 *       ({@code RvslInd}) needs nothing more: its indicator already states the direction of the reversing entry;</li>
 *   <li>dates: {@code BookgDt} and {@code ValDt}, each a {@code Dt} or a {@code DtTm} whose date is taken as written;</li>
 *   <li>description and reference: see {@link CamtText}.</li>
 * </ul>
 */
final class CamtEntryMapper {

    private static final Pattern AMOUNT = Pattern.compile("\\d+(\\.\\d+)?");
    private static final Pattern DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(Z|[+-]\\d{2}:\\d{2})?");
    private static final Pattern DATE_TIME =
            Pattern.compile("(\\d{4}-\\d{2}-\\d{2})T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})?");

    private final Currency defaultCurrency;
    private final CamtText text;

    CamtEntryMapper(Currency defaultCurrency, TextDecoding decoding) {
        this.defaultCurrency = defaultCurrency;
        this.text = new CamtText(decoding);
    }

    StatementRow map(CamtEntry e) {
        try {
            requireBooked(e);
            String direction = e.first("CdtDbtInd");
            if (direction == null || !(direction.equals("CRDT") || direction.equals("DBIT"))) {
                throw new FieldFault("CdtDbtInd", direction == null ? "the credit/debit indicator is missing"
                        : "'" + direction + "' is neither CRDT nor DBIT");
            }
            Money amount = amount(e);
            LocalDate booking = date(e, "BookgDt");
            if (booking == null) {
                throw new FieldFault("BookgDt", "the booking date is missing");
            }
            return new StatementLine(e.line(), booking, date(e, "ValDt"),
                    direction.equals("DBIT") ? amount.negate() : amount,
                    text.description(e, direction.equals("DBIT")), text.reference(e), e.raw());
        } catch (FieldFault fault) {
            return new FieldFault(e.path() + "/" + fault.field(), fault.getMessage()).reject(e.line(), e.raw());
        }
    }

    private static void requireBooked(CamtEntry e) {
        String status = e.first("Sts") != null ? e.first("Sts") : e.first("Sts/Cd");
        String field = e.first("Sts") != null ? "Sts" : "Sts/Cd";
        if (status == null && e.first("Sts/Prtry") != null) {
            status = e.first("Sts/Prtry");
            field = "Sts/Prtry";
        }
        if (status != null && !status.equals("BOOK")) {
            throw new FieldFault(field, "the entry's status is " + status + ", not BOOK: a statement import takes"
                    + " booked entries only (pending and informational entries are not bookings)");
        }
    }

    private Money amount(CamtEntry e) {
        String value = e.first("Amt");
        if (value == null) {
            throw new FieldFault("Amt", "the amount is missing");
        }
        if (!AMOUNT.matcher(value).matches()) {
            throw new FieldFault("Amt", "'" + value + "' is not a camt amount (unsigned digits with an optional"
                    + " decimal point; the direction is CdtDbtInd)");
        }
        String code = e.first("Amt/@Ccy") != null ? e.first("Amt/@Ccy") : e.accountCurrency();
        Currency currency;
        try {
            currency = code != null ? Money.currency(code) : defaultCurrency;
        } catch (IllegalArgumentException ex) {
            throw new FieldFault(e.first("Amt/@Ccy") != null ? "Amt/@Ccy" : "Acct/Ccy", ex.getMessage());
        }
        if (currency == null) {
            throw new FieldFault("Amt/@Ccy", "no currency: the amount has no Ccy, the account none, and the import"
                    + " has no default currency");
        }
        try {
            return Money.of(new BigDecimal(value), currency);
        } catch (IllegalArgumentException ex) {
            throw new FieldFault("Amt", ex.getMessage());
        }
    }

    /** {@code <BookgDt><Dt>} or {@code <BookgDt><DtTm>}; null when the entry has neither. */
    private static LocalDate date(CamtEntry e, String element) {
        String day = e.first(element + "/Dt");
        String dayTime = e.first(element + "/DtTm");
        if (day == null && dayTime == null) {
            return null;
        }
        String field = day != null ? element + "/Dt" : element + "/DtTm";
        String value = day != null ? day : dayTime;
        Matcher m = (day != null ? DATE : DATE_TIME).matcher(value);
        if (!m.matches()) {
            throw new FieldFault(field, "'" + value + "' is not an ISO " + (day != null ? "date (YYYY-MM-DD)"
                    : "date-time (YYYY-MM-DDThh:mm:ss)"));
        }
        try {
            return LocalDate.parse(m.group(1));
        } catch (DateTimeException ex) {
            throw new FieldFault(field, "'" + value + "' is not a valid date (" + ex.getMessage() + ")");
        }
    }
}
