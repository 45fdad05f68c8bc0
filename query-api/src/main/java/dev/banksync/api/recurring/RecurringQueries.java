package dev.banksync.api.recurring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads recurring streams through {@code insights.v_recurring_streams} only, the next one due first. */
public class RecurringQueries {

    private static final String OF_USER = """
            SELECT stream_id, direction, merchant, category, currency, frequency, average_amount_minor,
                   last_amount_minor, first_date, last_date, predicted_next_date, occurrences, status
            FROM insights.v_recurring_streams
            WHERE user_id = ?
            ORDER BY predicted_next_date, stream_id
            LIMIT ?
            """;

    private final JdbcTemplate jdbc;

    public RecurringQueries(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** At most {@code limit} of the user's recurring streams, by predicted next date. */
    public List<RecurringStream> ofUser(String userId, int limit) {
        return jdbc.query(OF_USER, RecurringQueries::row, userId, limit);
    }

    private static RecurringStream row(ResultSet rs, int rowNum) throws SQLException {
        return new RecurringStream(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5).trim(), rs.getString(6), rs.getLong(7), rs.getLong(8), rs.getDate(9).toLocalDate(),
                rs.getDate(10).toLocalDate(), rs.getDate(11).toLocalDate(), rs.getInt(12), rs.getString(13));
    }
}
