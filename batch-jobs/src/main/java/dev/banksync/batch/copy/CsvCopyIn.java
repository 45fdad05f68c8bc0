package dev.banksync.batch.copy;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams CSV records into a PostgreSQL {@code COPY … FROM STDIN (FORMAT csv)}: the one way the ledger, the outbox
 * and the staging table are bulk-written. The printer writes through a character buffer: Commons CSV appends a
 * quoted value character by character, and each append straight to the UTF-8 encoder cost more than PostgreSQL's
 * side of the COPY (half of the sync's Java time in a profile of the sync benchmark).
 */
public final class CsvCopyIn {

    private static final int BUFFER = 1 << 16;

    private CsvCopyIn() {
    }

    /** Prints the records of one table. */
    @FunctionalInterface
    public interface Records {
        void print(CSVPrinter csv) throws IOException;
    }

    /**
     * Runs {@code copySql} on {@code connection} with the records {@code records} prints; a failure of the COPY is
     * thrown as PostgreSQL's {@link SQLException} (so Spring translates a unique violation as usual), a failure to
     * write as an {@link UncheckedIOException} naming {@code table}.
     */
    public static void copy(Connection connection, String copySql, String table, Records records)
            throws SQLException {
        PGCopyOutputStream out = new PGCopyOutputStream(connection.unwrap(PGConnection.class), copySql, BUFFER);
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), BUFFER);
             CSVPrinter csv = new CSVPrinter(writer, CSVFormat.POSTGRESQL_CSV)) {
            records.print(csv);
        } catch (IOException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw new UncheckedIOException("COPY into " + table + " failed", e);
        }
    }
}
