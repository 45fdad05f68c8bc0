package dev.banksync.batch.importer.mt940;

import java.util.List;

/** What {@link Mt940Reader} finds in an MT940 file, in file order. */
sealed interface Mt940Event {

    /**
     * The statement an entry belongs to, as far as read: its {@code :25:} account (null when none) and the currency
     * of its opening balance ({@code :60F:}/{@code :60M:}), as written (null when there is none).
     */
    record Statement(String account, String currency, String balanceTag, String balanceValue) {
    }

    /** A statement line ({@code :61:}) with the {@code :86:} fields that follow it. */
    record Entry(Statement statement, Mt940Fields.Field statementLine, List<Mt940Fields.Field> details)
            implements Mt940Event {

        String raw() {
            StringBuilder raw = new StringBuilder(statementLine.raw());
            details.forEach(d -> raw.append('\n').append(d.raw()));
            return raw.length() <= 2000 ? raw.toString() : raw.substring(0, 2000) + "…";
        }
    }

    /** A statement has ended (its account, for the choice of account). */
    record StatementEnd(String account) implements Mt940Event {
    }

    /** A statement that began with {@code :20:} never reached its closing balance: it was cut short. */
    record Truncated(long line, String field, String reason) implements Mt940Event {
    }
}
