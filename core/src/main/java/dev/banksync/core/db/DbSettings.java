package dev.banksync.core.db;

/** Where a component's database is and whom it connects as. {@link #toString()} never shows the password. */
public record DbSettings(String url, String user, String password) {

    public DbSettings {
        if (url == null || !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("database url must be a jdbc:postgresql: URL, was '" + url + "'");
        }
    }

    public DbSettings withUser(String newUser, String newPassword) {
        return new DbSettings(url, newUser, newPassword);
    }

    @Override
    public String toString() {
        return "DbSettings[url=" + url + ", user=" + user + ", password=***]";
    }
}
