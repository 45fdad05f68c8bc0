package dev.banksync.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banksync.app.spring.SpringContexts;
import dev.banksync.core.db.DbSettings;
import dev.banksync.core.db.Migrations;
import dev.banksync.core.db.SimpleDataSources;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The batch, scheduler and API contexts run Flyway at start-up, as the logins they are deployed with: the owner
 * migrates an empty database; the least-privilege logins start on a current one, and on one behind the build stop
 * saying who may migrate it.
 */
@ExtendWith(BanksyncPostgres.class)
class MigrationAtStartupIT {

    @Test
    void theOwnerMigratesAnEmptyDatabaseAndTheBatchWriterThenStartsEveryContextOnIt(TestDatabase template) {
        String name = "startup_empty_" + ProcessHandle.current().pid();
        template.execute("CREATE DATABASE " + name);
        try {
            String url = template.settings().url().replace("/" + template.name(), "/" + name);
            DbSettings owner = new DbSettings(url, template.settings().user(), template.settings().password());
            try (var batch = SpringContexts.batch(owner)) {
                assertThat(batch.isActive()).isTrue();
            }
            assertThat(Migrations.currentVersion(SimpleDataSources.of(owner)))
                    .isEqualTo(Migrations.currentVersion(template.dataSource()));

            DbSettings writer = template.loginAs("banksync_batch_writer");
            DbSettings writerHere = new DbSettings(url, writer.user(), writer.password());
            DbSettings reader = template.loginAs("banksync_api_reader");
            try (var batch = SpringContexts.batch(writerHere);
                 var scheduler = SpringContexts.scheduler(writerHere, false);
                 var api = SpringContexts.api(new DbSettings(url, reader.user(), reader.password()), 0)) {
                assertThat(batch.isActive()).isTrue();
                assertThat(scheduler.isActive()).isTrue();
                assertThat(api.isActive()).isTrue();
            }
        } finally {
            template.execute("DROP DATABASE " + name + " WITH (FORCE)");
        }
    }

    @Test
    void aDatabaseBehindTheBuildStopsTheLeastPrivilegedLoginsSayingWhoMayMigrateIt(TestDatabase db) {
        String newest = Migrations.currentVersion(db.dataSource());
        db.execute("DELETE FROM public.flyway_schema_history"
                + " WHERE installed_rank = (SELECT max(installed_rank) FROM public.flyway_schema_history)");

        assertThatThrownBy(() -> SpringContexts.batch(db.loginAs("banksync_batch_writer")).close())
                .hasStackTraceContaining("the database lacks migration(s) " + newest + " of this build")
                .hasStackTraceContaining("run `banksync db migrate` as the database owner first");
        assertThatThrownBy(() -> SpringContexts.api(db.loginAs("banksync_api_reader"), 0).close())
                .hasStackTraceContaining("the database lacks migration(s) " + newest + " of this build");
    }
}
