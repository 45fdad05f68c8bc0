package dev.banksync.stream;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * Reads the API's insights views as the API reader does, as sorted lists of rows (column → value as text), without
 * the {@code updated_at} bookkeeping, so two runs' tables can be compared row by row.
 */
public final class InsightsTables {

    public static final List<String> VIEWS = List.of("v_spending_monthly", "v_transaction_categories", "v_anomalies",
            "v_alerts", "v_budget_status", "v_recurring_streams", "v_forecasts");

    private final DataSource reader;

    public InsightsTables(DataSource reader) {
        this.reader = reader;
    }

    /** Every view's rows, by view name. */
    public Map<String, List<Map<String, String>>> all() throws SQLException {
        Map<String, List<Map<String, String>>> tables = new TreeMap<>();
        for (String view : VIEWS) {
            tables.put(view, rows("SELECT * FROM insights." + view));
        }
        return tables;
    }

    public List<Map<String, String>> rows(String sql) throws SQLException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Connection c = reader.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                Map<String, String> row = new TreeMap<>();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String column = meta.getColumnName(i);
                    if (!column.equals("updated_at")) {
                        String value = rs.getString(i);
                        row.put(column, value == null ? null : value.trim());
                    }
                }
                rows.add(row);
            }
        }
        rows.sort(java.util.Comparator.comparing(Map::toString));
        return rows;
    }
}
