package dev.banksync.app.spring;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Flyway when a batch, scheduler or API context starts: it migrates what is pending, which is nothing when the
 * database is at this build's version (the usual case: deployments migrate first, as the owner). These contexts
 * connect as the least-privilege logins, which may read the migration history but not change the schema, so a
 * database behind the build stops the start with what to do instead of a bare "permission denied".
 */
@Configuration(proxyBeanMethods = false)
class MigrationAtStartup {

    @Bean
    FlywayMigrationStrategy migrateOrSayWhoMay() {
        return flyway -> {
            MigrationInfo[] pending = flyway.info().pending();
            try {
                flyway.migrate();
            } catch (FlywayException e) {
                if (pending.length == 0) {
                    throw e;
                }
                throw new IllegalStateException("the database lacks migration(s) "
                        + Arrays.stream(pending).map(m -> m.getVersion().getVersion()).collect(Collectors.joining(", "))
                        + " of this build, and this login may not apply them: run `banksync db migrate` as the"
                        + " database owner first (" + e.getMessage().lines().findFirst().orElse("") + ")", e);
            }
        };
    }
}
