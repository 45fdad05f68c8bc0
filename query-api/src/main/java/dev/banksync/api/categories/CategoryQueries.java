package dev.banksync.api.categories;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reads transaction categories through {@code insights.v_transaction_categories} only. A period selects
 * transactions by their booking date (a bank date: no time zone), so a correction made in February leaves a
 * January purchase in January. Pages by transaction id ({@code after}): stable while the stream job keeps
 * re-deciding rows, unlike an offset.
 */
public class CategoryQueries {

    private static final String BOOKED_IN = """
            SELECT transaction_id, booked_on, category, confidence, uncertain, decided_by, model_version, merchant,
                   updated_at, detailed_category
            FROM insights.v_transaction_categories
            WHERE user_id = ? AND booked_on >= ? AND booked_on <= ? AND transaction_id > ?
            ORDER BY transaction_id
            LIMIT ?
            """;

    private final JdbcTemplate jdbc;

    public CategoryQueries(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /**
     * At most {@code limit} categories of the user's transactions booked from {@code first} to {@code last}
     * (inclusive), by transaction id after {@code after}.
     */
    public List<TransactionCategory> bookedIn(String userId, LocalDate first, LocalDate last, String after,
                                              int limit) {
        return jdbc.query(BOOKED_IN, CategoryQueries::row, userId, first, last, after == null ? "" : after, limit);
    }

    private static TransactionCategory row(ResultSet rs, int rowNum) throws SQLException {
        return new TransactionCategory(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                rs.getBigDecimal(4), rs.getBoolean(5), rs.getString(6), rs.getString(7), rs.getString(8),
                rs.getTimestamp(9).toInstant(), rs.getString(10));
    }
}
