package dev.banksync.batch.importer;

import dev.banksync.batch.importer.statement.StatementParser;
import dev.banksync.batch.importer.statement.StatementRow;
import dev.banksync.batch.importer.statement.StatementRows;
import java.io.IOException;
import java.nio.file.Path;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamReader;

/**
 * Spring Batch's view of a statement file: opens it with the format's parser and hands out its rows. It keeps no
 * restart position on purpose: a re-run reads the file from the top and the ledger's natural key makes the rows
 * already committed no-ops, which also keeps occurrence numbering identical.
 */
public class StatementFileReader implements ItemStreamReader<StatementRow> {

    private final StatementParser parser;
    private final Path file;
    private StatementRows rows;

    public StatementFileReader(StatementParser parser, Path file) {
        this.parser = parser;
        this.file = file;
    }

    @Override
    public void open(ExecutionContext executionContext) {
        try {
            rows = parser.open(file);
        } catch (IOException e) {
            throw new ItemStreamException("cannot read statement file " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public StatementRow read() {
        if (rows == null) {
            throw new IllegalStateException("reader of " + file + " is not open");
        }
        return rows.hasNext() ? rows.next() : null;
    }

    @Override
    public void close() {
        if (rows != null) {
            try {
                rows.close();
            } catch (IOException e) {
                throw new ItemStreamException("cannot close " + file, e);
            } finally {
                rows = null;
            }
        }
    }
}
