package dev.banksync.core.config;

import dev.banksync.core.db.DbSettings;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the {@code BANKSYNC_*} environment variables (or the matching {@code banksync.*} system properties, which
 * win, so tests and the embedded mode can set them in-process). Every setting has a default that works locally.
 */
public final class BanksyncEnv {

    public static final String DB_URL = "BANKSYNC_DB_URL";
    public static final String DB_USER = "BANKSYNC_DB_USER";
    public static final String DB_PASSWORD = "BANKSYNC_DB_PASSWORD";
    public static final String KAFKA_BOOTSTRAP = "BANKSYNC_KAFKA_BOOTSTRAP";
    public static final String TOPIC_NAMESPACE = "BANKSYNC_TOPIC_NAMESPACE";
    public static final String TOKEN_KEY = "BANKSYNC_TOKEN_KEY";
    public static final String JWT_KEY = "BANKSYNC_JWT_KEY";

    private final Map<String, String> env;

    public BanksyncEnv(Map<String, String> env) {
        this.env = env;
    }

    public static BanksyncEnv system() {
        return new BanksyncEnv(System.getenv());
    }

    /** {@code BANKSYNC_DB_URL} is also read as system property {@code banksync.db.url}. */
    public Optional<String> get(String name) {
        String property = System.getProperty(propertyName(name));
        if (property != null && !property.isBlank()) {
            return Optional.of(property);
        }
        String value = env.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    public String get(String name, String defaultValue) {
        return get(name).orElse(defaultValue);
    }

    public DbSettings db() {
        return new DbSettings(
                get(DB_URL, "jdbc:postgresql://localhost:5432/banksync"),
                get(DB_USER, "banksync"),
                get(DB_PASSWORD, "banksync"));
    }

    public String kafkaBootstrap() {
        return get(KAFKA_BOOTSTRAP, "localhost:9092");
    }

    static String propertyName(String envName) {
        return envName.toLowerCase(java.util.Locale.ROOT).replace('_', '.');
    }
}
