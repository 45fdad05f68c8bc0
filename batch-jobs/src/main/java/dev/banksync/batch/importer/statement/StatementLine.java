package dev.banksync.batch.importer.statement;

import dev.banksync.core.money.Money;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One transaction as a statement file reports it, in any format. Files carry no stable ids, so identity is derived
 * later from these fields (see the importer's fingerprint).
 *
 * @param valueDate  null when the file has no value date
 * @param reference  the bank's reference for the line when the file has one, else null
 */
public record StatementLine(
        long lineNumber,
        LocalDate bookingDate,
        LocalDate valueDate,
        Money amount,
        String description,
        String reference,
        String rawRecord) implements StatementRow {

    public StatementLine {
        Objects.requireNonNull(bookingDate, "bookingDate");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(description, "description");
    }
}
