package dev.banksync.testkit.postgres;

import dev.banksync.core.db.DbSettings;
import dev.banksync.core.db.RoleLogins;
import dev.banksync.core.db.SimpleDataSources;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** One test's own migrated database. Close drops it. */
public final class TestDatabase implements AutoCloseable {

    private final PostgresServer server;
    private final String name;
    private final DbSettings settings;
    private final DataSource dataSource;

    TestDatabase(PostgresServer server, String name, DbSettings settings) {
        this.server = server;
        this.name = name;
        this.settings = settings;
        this.dataSource = SimpleDataSources.of(settings);
    }

    public String name() {
        return name;
    }

    /** Owner (superuser) settings: what the migrations ran as. */
    public DbSettings settings() {
        return settings;
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /**
     * Creates (once per server) a login user that is a member of one of the contract's roles, e.g.
     * {@code banksync_api_reader}, and returns settings connecting as it, so tests exercise real privileges.
     */
    public DbSettings loginAs(String groupRole) {
        // roles are server-wide: serialise so two threads never race on CREATE ROLE
        synchronized (TestDatabase.class) {
            return createLogin(groupRole);
        }
    }

    private DbSettings createLogin(String groupRole) {
        String user = groupRole + "_login";
        String password = "test-" + groupRole;
        RoleLogins.ensure(SimpleDataSources.of(server.admin()), user, password, groupRole);
        return settings.withUser(user, password);
    }

    /** Runs one SQL statement as the owner. */
    public void execute(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** The single long value a query returns, e.g. a count. */
    public long queryLong(String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            if (!rs.next()) {
                throw new IllegalStateException("no row: " + sql);
            }
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        TestDatabases.drop(server, name);
    }
}
