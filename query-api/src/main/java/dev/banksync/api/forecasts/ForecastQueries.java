package dev.banksync.api.forecasts;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads month-end forecasts through {@code insights.v_forecasts} only. */
public class ForecastQueries {

    private static final String IN_MONTH = """
            SELECT month, category, currency, as_of, spent_to_date_minor, recurring_expected_minor, projected_minor
            FROM insights.v_forecasts
            WHERE user_id = ? AND month = ?
            ORDER BY category, currency
            LIMIT ?
            """;

    private final JdbcTemplate jdbc;

    public ForecastQueries(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** At most {@code limit} of the user's per-category forecasts for {@code month}, by category. */
    public List<Forecast> forMonth(String userId, YearMonth month, int limit) {
        return jdbc.query(IN_MONTH, ForecastQueries::row, userId, Date.valueOf(month.atDay(1)), limit);
    }

    private static Forecast row(ResultSet rs, int rowNum) throws SQLException {
        return new Forecast(YearMonth.from(rs.getDate(1).toLocalDate()), rs.getString(2), rs.getString(3).trim(),
                rs.getDate(4).toLocalDate(), rs.getLong(5), rs.getLong(6), rs.getLong(7));
    }
}
