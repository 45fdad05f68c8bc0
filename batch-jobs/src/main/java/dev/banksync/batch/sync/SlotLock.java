package dev.banksync.batch.sync;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A PostgreSQL session advisory lock on one sync slot, held on a connection of its own for as long as the slot
 * runs. Only one process runs a slot at a time; and because the database drops the lock when the process
 * holding it dies, whoever gets the lock knows that a job execution still marked as running is a crashed one.
 */
final class SlotLock implements AutoCloseable {

    private final Connection connection;
    private final String key;
    private final boolean acquired;

    private SlotLock(Connection connection, String key, boolean acquired) {
        this.connection = connection;
        this.key = key;
        this.acquired = acquired;
    }

    static SlotLock tryAcquire(DataSource dataSource, String key) {
        try {
            Connection c = dataSource.getConnection();
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement("SELECT pg_try_advisory_lock(hashtextextended(?, 0))")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new SlotLock(c, key, rs.getBoolean(1));
                }
            } catch (SQLException e) {
                c.close();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot take the lock of sync slot " + key + ": " + e.getMessage(), e);
        }
    }

    boolean acquired() {
        return acquired;
    }

    @Override
    public void close() {
        try (Connection c = connection) {
            if (acquired) {
                try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_unlock(hashtextextended(?, 0))")) {
                    ps.setString(1, key);
                    ps.execute();
                }
            }
        } catch (SQLException e) {
            // closing the session releases the lock anyway
        }
    }
}
