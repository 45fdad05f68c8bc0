package dev.banksync.core.db;

import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** A non-pooled PostgreSQL {@link DataSource} for tools, migrations and tests; apps use a pool. */
public final class SimpleDataSources {

    private SimpleDataSources() {
    }

    public static DataSource of(DbSettings settings) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setUrl(settings.url());
        ds.setUser(settings.user());
        ds.setPassword(settings.password());
        return ds;
    }
}
