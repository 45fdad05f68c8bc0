package dev.banksync.core.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import javax.sql.DataSource;

/**
 * Login users in the storage contract's three NOLOGIN roles. Roles are server-wide, so this is idempotent: an
 * existing login gets the new password and the membership again. Used by {@code banksync db create-login}, the
 * embedded demo and testkit.
 */
public final class RoleLogins {

    public static final Set<String> CONTRACT_ROLES =
            Set.of("banksync_batch_writer", "banksync_stream_writer", "banksync_api_reader");

    private RoleLogins() {
    }

    /** Creates or updates login {@code user} with {@code password} as a member of {@code role}. */
    public static void ensure(DataSource owner, String user, String password, String role) {
        if (!CONTRACT_ROLES.contains(role)) {
            throw new IllegalArgumentException("role must be one of " + CONTRACT_ROLES + ", was '" + role + "'");
        }
        if (!user.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("login '" + user + "' must be a lower-case SQL identifier");
        }
        String quoted = "'" + password.replace("'", "''") + "'";
        try (Connection c = owner.getConnection(); Statement s = c.createStatement()) {
            s.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + user + "') THEN "
                    + "CREATE ROLE " + user + " LOGIN; END IF; END $$");
            s.execute("ALTER ROLE " + user + " LOGIN PASSWORD " + quoted);
            s.execute("GRANT " + role + " TO " + user);
        } catch (SQLException e) {
            // never echo the statement: it holds the password
            throw new IllegalStateException("cannot create login " + user + " in " + role + ": " + e.getMessage(), e);
        }
    }
}
