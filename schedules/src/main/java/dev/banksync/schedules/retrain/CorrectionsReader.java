package dev.banksync.schedules.retrain;

import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every user's category corrections with the transaction each one corrected, from the ledger. */
public final class CorrectionsReader {

    // removed transactions still taught their user something: a correction is a statement about the line
    private static final String SQL = """
            SELECT o.user_id, t.description, t.amount_minor, t.currency, t.mcc, o.category, o.created_at
              FROM ledger.category_overrides o
              JOIN ledger.transactions t ON t.transaction_id = o.transaction_id
             ORDER BY o.created_at, o.transaction_id
            """;

    private final JdbcTemplate jdbc;

    public CorrectionsReader(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    public List<Correction> readAll() {
        return jdbc.query(SQL, (r, i) -> new Correction(r.getString(1), r.getString(2), r.getLong(3),
                r.getString(4).trim(), r.getString(5), r.getString(6), r.getTimestamp(7).toInstant()));
    }
}
