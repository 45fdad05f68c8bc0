package dev.banksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** {@code banksync db migrate} against a real PostgreSQL: migrating an empty database, then a no-op. */
@ExtendWith(BanksyncPostgres.class)
class DbMigrateCliIT {

    @Test
    void migratesAnEmptyDatabaseAndASecondRunIsANoOp(TestDatabase template) throws Exception {
        template.execute("CREATE DATABASE cli_empty_" + ProcessHandle.current().pid());
        String url = template.settings().url().replace("/" + template.name(), "/cli_empty_" + ProcessHandle.current().pid());
        System.setProperty("banksync.db.password", template.settings().password());
        try {
            var first = new ObjectMapper().readTree(run("db", "migrate", "--db-url", url, "--db-user", "postgres", "--json"));
            assertThat(first.get("applied").asInt()).isGreaterThanOrEqualTo(7);
            var second = new ObjectMapper().readTree(run("db", "migrate", "--db-url", url, "--db-user", "postgres", "--json"));
            assertThat(second.get("applied").asInt()).isZero();
            assertThat(second.get("version").asText()).isEqualTo(first.get("version").asText());
            assertThat(run("db", "info", "--db-url", url, "--db-user", "postgres")).contains("schemas and roles").contains("Success");
        } finally {
            System.clearProperty("banksync.db.password");
            template.execute("DROP DATABASE cli_empty_" + ProcessHandle.current().pid() + " WITH (FORCE)");
        }
    }

    private static String run(String... args) {
        return CliRun.expecting(0, args).out();
    }
}
