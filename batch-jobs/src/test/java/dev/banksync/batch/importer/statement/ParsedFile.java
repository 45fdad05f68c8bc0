package dev.banksync.batch.importer.statement;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Every row a parser yields for a file, split into accepted lines and rejections; test fixtures by name. */
public record ParsedFile(List<StatementRow> rows) {

    public static ParsedFile parse(StatementParser parser, Path file) throws IOException {
        List<StatementRow> rows = new ArrayList<>();
        try (StatementRows open = parser.open(file)) {
            open.forEachRemaining(rows::add);
        }
        return new ParsedFile(List.copyOf(rows));
    }

    /** A file under {@code src/test/resources/statements/}, e.g. {@code ofx/checking-v102.ofx}. */
    public static Path fixture(String name) {
        try {
            var url = ParsedFile.class.getResource("/statements/" + name);
            if (url == null) {
                throw new UncheckedIOException(new IOException("no test fixture statements/" + name));
            }
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<StatementLine> lines() {
        return rows.stream().filter(StatementLine.class::isInstance).map(StatementLine.class::cast).toList();
    }

    public List<RejectedRow> rejected() {
        return rows.stream().filter(RejectedRow.class::isInstance).map(RejectedRow.class::cast).toList();
    }
}
