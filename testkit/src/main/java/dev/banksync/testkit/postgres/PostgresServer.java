package dev.banksync.testkit.postgres;

import dev.banksync.core.db.DbSettings;

/** A running PostgreSQL server we may create databases on. */
public interface PostgresServer extends AutoCloseable {

    /** Superuser (or CREATEDB + CREATEROLE) connection to the server's maintenance database. */
    DbSettings admin();

    /** Which path provided it: env, testcontainers or embedded. */
    String kind();

    /** Settings for another database on the same server, as the same user. */
    default DbSettings database(String name) {
        String url = admin().url();
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        String rebuilt = url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
        return new DbSettings(rebuilt, admin().user(), admin().password());
    }

    @Override
    default void close() throws Exception {
    }
}
