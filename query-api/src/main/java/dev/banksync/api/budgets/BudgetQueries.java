package dev.banksync.api.budgets;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** Reads budget status through {@code insights.v_budget_status} only. */
public class BudgetQueries {

    private static final String IN_MONTH = """
            SELECT budget_id, month, category, currency, limit_minor, spent_minor, remaining_minor, percent_used,
                   status, alerted_80, alerted_100
            FROM insights.v_budget_status
            WHERE user_id = ? AND month = ?
            ORDER BY category, currency, budget_id
            LIMIT ?
            """;

    private final JdbcTemplate jdbc;

    public BudgetQueries(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** At most {@code limit} of the user's budgets in {@code month}, by category. */
    public List<BudgetStatus> inMonth(String userId, YearMonth month, int limit) {
        return jdbc.query(IN_MONTH, BudgetQueries::row, userId, Date.valueOf(month.atDay(1)), limit);
    }

    private static BudgetStatus row(ResultSet rs, int rowNum) throws SQLException {
        return new BudgetStatus(rs.getLong(1), YearMonth.from(rs.getDate(2).toLocalDate()), rs.getString(3),
                rs.getString(4).trim(), rs.getLong(5), rs.getLong(6), rs.getLong(7), rs.getBigDecimal(8),
                rs.getString(9), BudgetStatus.crossedThresholds(rs.getBoolean(10), rs.getBoolean(11)));
    }
}
