package dev.banksync.benchmarks.stream;

import dev.banksync.testkit.postgres.TestDatabase;
import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * The CPU time the PostgreSQL server has spent so far, read from Linux's {@code /proc}: its postmaster's own time
 * plus that of its children it has reaped (backends that ended), plus that of its live children (the sinks'
 * connections, the checkpointer, the WAL writer, autovacuum). The server is another process than the benchmark's
 * JVM, so the JVM's CPU per event leaves it out; on a 2-core machine it shares the same cores.
 */
final class PostgresCpu {

    /** Linux's USER_HZ: the unit of the times in {@code /proc/<pid>/stat} on every architecture Java runs on here. */
    private static final long TICKS_PER_SECOND = 100;

    private final long postmaster;

    private PostgresCpu(long postmaster) {
        this.postmaster = postmaster;
    }

    /** The server behind {@code db}, or null where there is no {@code /proc} to read or the server is remote. */
    static PostgresCpu of(TestDatabase db) {
        // the backend's parent is the postmaster; it is read while the connection holds the backend alive
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet pid = s.executeQuery("SELECT pg_backend_pid()")) {
            pid.next();
            long[] stat = stat(pid.getLong(1));
            return stat == null ? null : new PostgresCpu(stat[0]);
        } catch (SQLException | IOException e) {
            return null;
        }
    }

    /** The server's CPU time so far, user and system. */
    long nanos() {
        try {
            long[] own = stat(postmaster);
            if (own == null) {
                throw new IllegalStateException("the PostgreSQL server (pid " + postmaster + ") is gone");
            }
            long ticks = own[1] + own[2] + own[3] + own[4];
            try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
                for (Path process : (Iterable<Path>) processes::iterator) {
                    String name = process.getFileName().toString();
                    if (!name.chars().allMatch(Character::isDigit)) {
                        continue;
                    }
                    long[] child = stat(Long.parseLong(name));
                    if (child != null && child[0] == postmaster) {
                        ticks += child[1] + child[2] + child[3] + child[4];
                    }
                }
            }
            return ticks * 1_000_000_000L / TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read /proc", e);
        }
    }

    /**
     * Of {@code /proc/<pid>/stat}: the parent's pid, then utime, stime, cutime and cstime in ticks; null when the
     * process has ended or cannot be read.
     */
    private static long[] stat(long pid) throws IOException {
        String line;
        try {
            line = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        } catch (java.nio.file.NoSuchFileException | java.nio.file.AccessDeniedException e) {
            return null;
        }
        // The command name, field 2, is in parentheses and may hold spaces: count fields after its closing one.
        String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 (state): ppid is field 4, utime..cstime fields 14..17
        return new long[] {Long.parseLong(fields[1]), Long.parseLong(fields[11]), Long.parseLong(fields[12]),
                Long.parseLong(fields[13]), Long.parseLong(fields[14])};
    }
}
