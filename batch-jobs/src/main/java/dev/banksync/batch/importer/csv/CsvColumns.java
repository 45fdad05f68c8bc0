package dev.banksync.batch.importer.csv;

import java.util.List;

/**
 * Which column of a file's header plays which role; -1 where the file has no such column.
 *
 * @param impliedCurrency  a currency named by the amount header itself, as in N26's {@code "Amount (EUR)"}
 * @param directionTrusted false when the direction column was only guessed from its name and must still prove,
 *                         by its values, that it holds debit/credit markers
 */
record CsvColumns(
        List<String> header,
        int date,
        int valueDate,
        int amount,
        int debit,
        int credit,
        int direction,
        List<Integer> description,
        int currency,
        int reference,
        String impliedCurrency,
        boolean directionTrusted) {

    static final int NONE = -1;

    CsvColumns {
        header = List.copyOf(header);
        description = List.copyOf(description);
    }

    String name(int index) {
        return header.get(index);
    }

    boolean usesDebitCredit() {
        return amount == NONE;
    }

    CsvColumns withoutDirection() {
        return new CsvColumns(header, date, valueDate, amount, debit, credit, NONE, description, currency, reference,
                impliedCurrency, false);
    }
}
