package dev.banksync.api.categories;

import dev.banksync.api.params.UtcPeriod;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads transaction categories through {@code insights.v_transaction_categories} only. The view has no booking
 * date, so a period selects the categories decided in it. Pages by transaction id ({@code after}): stable while
 * the stream job keeps re-deciding rows, unlike an offset.
 */
public class CategoryQueries {

    private static final String DECIDED_IN = """
            SELECT transaction_id, category, confidence, decided_by, model_version, merchant, updated_at
            FROM insights.v_transaction_categories
            WHERE user_id = ? AND updated_at >= ? AND updated_at < ? AND transaction_id > ?
            ORDER BY transaction_id
            LIMIT ?
            """;

    private final JdbcTemplate jdbc;

    public CategoryQueries(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** At most {@code limit} of the user's categories decided in {@code period}, by transaction id after {@code after}. */
    public List<TransactionCategory> decidedIn(String userId, UtcPeriod period, String after, int limit) {
        return jdbc.query(DECIDED_IN, CategoryQueries::row, userId, Timestamp.from(period.start()),
                Timestamp.from(period.end()), after == null ? "" : after, limit);
    }

    private static TransactionCategory row(ResultSet rs, int rowNum) throws SQLException {
        return new TransactionCategory(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant());
    }
}
