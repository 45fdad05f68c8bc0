package dev.banksync.batch.importer.csv;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a record is the header row and maps its columns to roles: the profile's column names where it
 * names them, otherwise the first matching name from alias lists, in priority order. Names compare normalised
 * (case, accents and punctuation ignored), and only whole names match, so "Original Currency" is not "Currency".
 */
final class HeaderDetector {

    private static final int NONE = CsvColumns.NONE;

    private static final List<String> BOOKING_DATE = List.of("booking date", "posting date", "posted date",
            "post date", "date", "transaction date", "trans date", "txn date", "buchungstag", "buchungsdatum", "datum",
            "date operation", "date de l operation", "fecha", "fecha operacion", "data", "data operazione");
    private static final List<String> VALUE_DATE = List.of("value date", "valuta", "valutadatum", "wertstellung",
            "date de valeur", "date valeur", "fecha valor");
    private static final List<String> AMOUNT = List.of("amount", "transaction amount", "betrag", "montant",
            "importe", "bedrag", "importo", "amt");
    private static final List<String> DEBIT = List.of("debit", "debit amount", "debits", "withdrawal",
            "withdrawals", "withdrawal amount", "paid out", "money out", "outflow", "soll", "cargo");
    private static final List<String> CREDIT = List.of("credit", "credit amount", "credits", "deposit", "deposits",
            "deposit amount", "paid in", "money in", "inflow", "haben", "abono");
    private static final List<String> DIRECTION = List.of("transaction type", "debit credit", "credit debit",
            "dr cr", "cr dr", "direction", "type");
    private static final List<String> DESCRIPTION = List.of("description", "transaction description", "details",
            "transaction details", "payee", "payee name", "memo", "narrative", "narration", "particulars", "merchant",
            "merchant name", "name", "partner name", "counterparty", "counterparty name", "beneficiary", "desc",
            "text", "buchungstext", "verwendungszweck", "libelle", "concepto", "omschrijving", "descrizione",
            "remarks");
    private static final List<String> CURRENCY = List.of("currency", "currency code", "ccy", "curr", "monn",
            "wahrung", "devise", "moneda");
    private static final List<String> REFERENCE = List.of("reference", "payment reference", "ref",
            "reference number", "transaction reference", "transaction id", "check number", "cheque number",
            "referenz", "referencia");

    /** "Amount (EUR)", "Amount [EUR]" or "Amount EUR": a currency code closing the header. */
    private static final Pattern CURRENCY_SUFFIX = Pattern.compile("(?:[(\\[]\\s*([A-Za-z]{3})\\s*[)\\]]|\\s([A-Z]{3}))\\s*$");

    private HeaderDetector() {
    }

    /** What a header candidate lacks; empty when it is the header. */
    record Match(CsvColumns columns, List<String> missing) {
    }

    static Match match(CsvProfile profile, List<String> cells) {
        List<String> names = cells.stream().map(HeaderDetector::normalise).toList();
        Set<Integer> used = new HashSet<>();
        List<String> missing = new ArrayList<>();

        int date = pick(names, profile.dateColumn(), BOOKING_DATE, used);
        int valueDate = pick(names, profile.valueDateColumn(), VALUE_DATE, used);
        if (date == NONE && profile.dateColumn() == null && profile.valueDateColumn() == null && valueDate != NONE) {
            date = valueDate; // a file with only a value date (UBS): it is the booking date we have
            valueDate = NONE;
        }
        require(date, "date", profile.dateColumn(), missing);
        require(valueDate, "value date", profile.valueDateColumn(), missing);

        int amount = profile.usesDebitCredit() ? NONE : pickAmount(names, profile.amountColumn(), AMOUNT, used);
        int debit = NONE;
        int credit = NONE;
        if (amount == NONE && profile.amountColumn() == null) {
            debit = pickAmount(names, profile.debitColumn(), DEBIT, used);
            credit = pickAmount(names, profile.creditColumn(), CREDIT, used);
        }
        if (amount == NONE && (debit == NONE || credit == NONE)) {
            missing.add(profile.usesDebitCredit()
                    ? "debit/credit columns '" + profile.debitColumn() + "'/'" + profile.creditColumn() + "'"
                    : profile.amountColumn() != null ? "amount column '" + profile.amountColumn() + "'"
                    : "amount (or debit and credit)");
        }
        int direction = amount == NONE ? NONE : pick(names, profile.directionColumn(), DIRECTION, used);
        require(direction, "direction", profile.directionColumn(), missing);
        List<Integer> description = new ArrayList<>();
        for (String column : profile.descriptionColumns()) {
            int index = pick(names, column, List.of(), used);
            require(index, "description", column, missing);
            description.add(index);
        }
        if (profile.descriptionColumns().isEmpty()) {
            int index = pick(names, null, DESCRIPTION, used);
            description = index == NONE ? List.of() : List.of(index);
        }
        int currency = pick(names, profile.currencyColumn(), CURRENCY, used);
        require(currency, "currency", profile.currencyColumn(), missing);
        int reference = pick(names, profile.referenceColumn(), REFERENCE, used);
        require(reference, "reference", profile.referenceColumn(), missing);
        if (!missing.isEmpty()) {
            return new Match(null, missing);
        }
        String implied = impliedCurrency(cells.get(amount != NONE ? amount : debit));
        return new Match(new CsvColumns(cells, date, valueDate, amount, debit, credit, direction, description,
                currency, reference, implied, profile.directionColumn() != null), List.of());
    }

    /** An explicitly named column must exist; a detected one may be absent. */
    private static void require(int index, String role, String explicit, List<String> missing) {
        if (index == NONE && explicit != null) {
            missing.add(role + " column '" + explicit + "'");
        } else if (index == NONE && role.equals("date")) {
            missing.add("date");
        }
    }

    static String normalise(String header) {
        String s = header.replace("\uFEFF", "");
        s = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    private static int pick(List<String> names, String explicit, List<String> aliases, Set<Integer> used) {
        List<String> wanted = explicit != null ? List.of(normalise(explicit)) : aliases;
        for (String alias : wanted) {
            for (int i = 0; i < names.size(); i++) {
                if (!used.contains(i) && names.get(i).equals(alias)) {
                    used.add(i);
                    return i;
                }
            }
        }
        return NONE;
    }

    /** Like {@link #pick}, but an alias also matches with a currency code after it ("Amount (EUR)"). */
    private static int pickAmount(List<String> names, String explicit, List<String> aliases, Set<Integer> used) {
        int exact = pick(names, explicit, aliases, used);
        if (exact != NONE || explicit != null) {
            return exact;
        }
        for (String alias : aliases) {
            for (int i = 0; i < names.size(); i++) {
                String name = names.get(i);
                if (!used.contains(i) && name.startsWith(alias + " ") && isCurrencyCode(name.substring(alias.length() + 1))) {
                    used.add(i);
                    return i;
                }
            }
        }
        return NONE;
    }

    private static String impliedCurrency(String header) {
        Matcher m = CURRENCY_SUFFIX.matcher(header.strip());
        if (!m.find()) {
            return null;
        }
        String code = (m.group(1) != null ? m.group(1) : m.group(2)).toUpperCase(Locale.ROOT);
        return isCurrencyCode(code) ? code : null;
    }

    private static boolean isCurrencyCode(String code) {
        if (code.length() != 3) {
            return false;
        }
        try {
            Currency.getInstance(code.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
