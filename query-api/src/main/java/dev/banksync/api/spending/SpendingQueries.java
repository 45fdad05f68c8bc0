package dev.banksync.api.spending;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads spending insights through the public {@code insights.v_spending_monthly} view only, so it works with the
 * least-privileged {@code banksync_api_reader} role. Plain JDBC: the API's queries are few and simple.
 */
public class SpendingQueries {

    private static final String MONTHLY = """
            SELECT user_id, month, category, currency, spent_minor, received_minor, net_minor, txn_count
            FROM insights.v_spending_monthly
            WHERE user_id = ? AND month BETWEEN ? AND ?
            ORDER BY month, category, currency
            """;

    private final DataSource dataSource;

    public SpendingQueries(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The user's monthly totals from {@code from} to {@code to}, both inclusive. */
    public List<MonthlySpending> monthly(String userId, YearMonth from, YearMonth to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(MONTHLY)) {
            ps.setString(1, userId);
            ps.setDate(2, Date.valueOf(from.atDay(1)));
            ps.setDate(3, Date.valueOf(to.atDay(1)));
            List<MonthlySpending> rows = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new MonthlySpending(rs.getString(1), YearMonth.from(rs.getDate(2).toLocalDate()),
                            rs.getString(3), rs.getString(4).trim(), rs.getLong(5), rs.getLong(6), rs.getLong(7),
                            rs.getInt(8)));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException("reading insights.v_spending_monthly failed: " + e.getMessage(), e);
        }
    }
}
