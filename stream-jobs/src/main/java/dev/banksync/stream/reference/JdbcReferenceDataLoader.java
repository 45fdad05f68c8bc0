package dev.banksync.stream.reference;

import dev.banksync.core.db.DbSettings;
import dev.banksync.core.db.SimpleDataSources;
import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.categorise.TribuoCategoriser;
import dev.banksync.ml.registry.ModelRegistry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Loads {@link ReferenceData} from the ledger in one read-only transaction (so rules, corrections, budgets and the
 * active model version are one consistent snapshot), as the stream writer, which may read exactly these tables;
 * and loads a registered categoriser from {@code ml.model_versions} when the active version changes.
 */
public final class JdbcReferenceDataLoader implements ReferenceDataLoader {

    static final String RULES = """
            SELECT rule_id, user_id, priority, match_field, match_kind, pattern, min_amount_minor, max_amount_minor,
                   category
            FROM ledger.rules WHERE enabled ORDER BY priority, rule_id""";
    static final String OVERRIDES = """
            SELECT o.user_id, o.transaction_id, o.category, coalesce(t.merchant, t.description), o.created_at
            FROM ledger.category_overrides o LEFT JOIN ledger.transactions t USING (transaction_id)
            ORDER BY o.created_at, o.transaction_id""";
    static final String BUDGETS = """
            SELECT budget_id, user_id, category, currency, limit_minor, valid_from, valid_to
            FROM ledger.budgets WHERE period = 'MONTHLY' ORDER BY budget_id""";
    static final String ACTIVE_MODEL = "SELECT version FROM ml.model_versions WHERE kind = 'categoriser' AND active";

    /** The last registered model loaded in this JVM: every subtask of a task manager shares it (it is thread-safe). */
    private static volatile Map.Entry<String, Categoriser> lastLoaded;

    private final String url;
    private final String user;
    private final String password;

    public JdbcReferenceDataLoader(DbSettings db) {
        this.url = db.url();
        this.user = db.user();
        this.password = db.password();
    }

    @Override
    public ReferenceData load() throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            connection.setReadOnly(true);
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement statement = connection.createStatement()) {
                ReferenceData data = new ReferenceData(rules(statement), overrides(statement), budgets(statement),
                        System.currentTimeMillis(), activeModel(statement));
                connection.commit();
                return data;
            }
        }
    }

    @Override
    public Optional<Categoriser> categoriser(String version) {
        Map.Entry<String, Categoriser> cached = lastLoaded;
        if (cached != null && cached.getKey().equals(version)) {
            return Optional.of(cached.getValue());
        }
        Optional<Categoriser> loaded = new ModelRegistry(SimpleDataSources.of(new DbSettings(url, user, password)))
                .load(version).map(TribuoCategoriser::new);
        loaded.ifPresent(c -> lastLoaded = Map.entry(version, c));
        return loaded;
    }

    private static String activeModel(Statement statement) throws SQLException {
        try (ResultSet rs = statement.executeQuery(ACTIVE_MODEL)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    private static List<RuleRow> rules(Statement statement) throws SQLException {
        List<RuleRow> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(RULES)) {
            while (rs.next()) {
                rows.add(new RuleRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getObject(7, Long.class), rs.getObject(8, Long.class), rs.getString(9)));
            }
        }
        return rows;
    }

    private static List<OverrideRow> overrides(Statement statement) throws SQLException {
        List<OverrideRow> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(OVERRIDES)) {
            while (rs.next()) {
                rows.add(new OverrideRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).getTime()));
            }
        }
        return rows;
    }

    private static List<BudgetRow> budgets(Statement statement) throws SQLException {
        List<BudgetRow> rows = new ArrayList<>();
        try (ResultSet rs = statement.executeQuery(BUDGETS)) {
            while (rs.next()) {
                rows.add(new BudgetRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4).trim(),
                        rs.getLong(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)));
            }
        }
        return rows;
    }
}
