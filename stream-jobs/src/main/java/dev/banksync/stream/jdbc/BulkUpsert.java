package dev.banksync.stream.jdbc;

import java.io.Serializable;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * How rows of one type are written to one table in bulk: every column's values go to the server as one array, and
 * one {@code INSERT … SELECT FROM unnest(…) ON CONFLICT DO UPDATE} writes them all (plus one {@code DELETE … USING
 * unnest(…)} for rows that say they are removals). One statement for a thousand rows costs the server a fraction of a
 * thousand single-row upserts, which is what the stream's PostgreSQL writes were limited by.
 *
 * <p>The rows given to {@link #write} must have distinct keys (the conflict key is also the delete key): an upsert
 * cannot touch one row twice, so {@link BulkUpsertWriter} keeps only the latest row per key, which is also the only
 * one that matters because rows carry absolute values.
 */
public final class BulkUpsert<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** How a row gives one column's value (String, number, boolean, date, instant, enum or null). */
    @FunctionalInterface
    public interface ColumnValue<T> extends Serializable {
        Object of(T row);
    }

    /** Whether a row asks for its key to be deleted rather than upserted. */
    @FunctionalInterface
    public interface Removal<T> extends Serializable {
        boolean test(T row);
    }

    private record Column<T>(String name, String sqlType, ColumnValue<T> value, boolean key) implements Serializable {
    }

    private final String table;
    private final List<Column<T>> columns;
    private final List<Column<T>> keys;
    private final Removal<T> removal;
    private final String touchedColumn;

    private BulkUpsert(String table, List<Column<T>> columns, Removal<T> removal, String touchedColumn) {
        this.table = table;
        this.columns = List.copyOf(columns);
        this.keys = columns.stream().filter(Column::key).toList();
        this.removal = removal;
        this.touchedColumn = touchedColumn;
        if (keys.isEmpty()) {
            throw new IllegalArgumentException(table + ": a bulk upsert needs at least one key column");
        }
    }

    public static <T> Builder<T> into(String table) {
        return new Builder<>(table);
    }

    public String table() {
        return table;
    }

    /** The row's key: equal for rows that write the same table row (called for every row: no list for one key). */
    public Object keyOf(T row) {
        if (keys.size() == 1) {
            return keys.get(0).value().of(row);
        }
        List<Object> key = new ArrayList<>(keys.size());
        for (Column<T> column : keys) {
            key.add(column.value().of(row));
        }
        return key;
    }

    public String upsertSql() {
        String names = join(columns, Column::name);
        String nonKeys = columns.stream().filter(c -> !c.key()).map(c -> c.name() + " = EXCLUDED." + c.name())
                .collect(Collectors.joining(", "));
        String touched = touchedColumn == null ? "" : touchedColumn;
        return "INSERT INTO " + table + " (" + names + (touched.isEmpty() ? "" : ", " + touched) + ")"
                + " SELECT " + names + (touched.isEmpty() ? "" : ", now()")
                + " FROM unnest(" + join(columns, c -> "?::" + c.sqlType() + "[]") + ") AS batch(" + names + ")"
                + " ON CONFLICT (" + join(keys, Column::name) + ") DO UPDATE SET " + nonKeys
                + (touched.isEmpty() ? "" : (nonKeys.isEmpty() ? "" : ", ") + touched + " = EXCLUDED." + touched);
    }

    public String deleteSql() {
        return "DELETE FROM " + table + " USING unnest(" + join(keys, c -> "?::" + c.sqlType() + "[]")
                + ") AS gone(" + join(keys, Column::name) + ") WHERE "
                + keys.stream().map(c -> table + "." + c.name() + " = gone." + c.name())
                        .collect(Collectors.joining(" AND "));
    }

    public boolean isRemoval(T row) {
        return removal != null && removal.test(row);
    }

    /** Writes the rows (distinct keys) with the two prepared statements; the caller commits. */
    public void write(Connection connection, PreparedStatement upsert, PreparedStatement delete, Collection<T> rows)
            throws SQLException {
        List<T> kept = new ArrayList<>(rows.size());
        List<T> removed = new ArrayList<>();
        for (T row : rows) {
            (isRemoval(row) ? removed : kept).add(row);
        }
        if (!removed.isEmpty()) {
            execute(connection, delete, keys, removed);
        }
        if (!kept.isEmpty()) {
            execute(connection, upsert, columns, kept);
        }
    }

    private void execute(Connection connection, PreparedStatement statement, List<Column<T>> bound, List<T> rows)
            throws SQLException {
        for (int i = 0; i < bound.size(); i++) {
            ColumnValue<T> value = bound.get(i).value();
            String[] texts = new String[rows.size()];
            for (int r = 0; r < texts.length; r++) {
                texts[r] = text(value.of(rows.get(r)));
            }
            Array array = connection.createArrayOf("text", texts);
            statement.setArray(i + 1, array);
        }
        statement.executeUpdate();
    }

    /** The text form PostgreSQL reads back as the column's type (ISO dates and instants, plain decimals). */
    static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value.toString();
    }

    private static <T> String join(List<Column<T>> columns, java.util.function.Function<Column<T>, String> part) {
        return columns.stream().map(part).collect(Collectors.joining(", "));
    }

    /** Columns in table order; keys are the table's conflict target. */
    public static final class Builder<T> {
        private final String table;
        private final List<Column<T>> columns = new ArrayList<>();
        private Removal<T> removal;
        private String touchedColumn;

        private Builder(String table) {
            this.table = Objects.requireNonNull(table, "table");
        }

        public Builder<T> key(String name, String sqlType, ColumnValue<T> value) {
            columns.add(new Column<>(name, sqlType, value, true));
            return this;
        }

        public Builder<T> column(String name, String sqlType, ColumnValue<T> value) {
            columns.add(new Column<>(name, sqlType, value, false));
            return this;
        }

        /** A column set to the server's {@code now()} on every write (e.g. {@code updated_at}). */
        public Builder<T> touch(String name) {
            this.touchedColumn = name;
            return this;
        }

        /** Rows for which this holds delete their key's row instead of writing it. */
        public Builder<T> deleteWhen(Removal<T> predicate) {
            this.removal = predicate;
            return this;
        }

        public BulkUpsert<T> build() {
            return new BulkUpsert<>(table, columns, removal, touchedColumn);
        }
    }

    @Override
    public String toString() {
        return "BulkUpsert[" + table + " " + Arrays.toString(columns.stream().map(Column::name).toArray()) + "]";
    }
}
