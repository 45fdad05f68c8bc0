package dev.banksync.batch;

import dev.banksync.core.db.DbSettings;
import dev.banksync.testkit.postgres.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts the batch jobs' Spring context on a test database, as the app would: jobs as the batch writer role. */
public final class BatchTestContext {

    private BatchTestContext() {
    }

    /** Connects as a {@code banksync_batch_writer} login; Flyway (a no-op on the migrated database) as the owner. */
    public static ConfigurableApplicationContext start(TestDatabase db, String... extraProperties) {
        return start(db.loginAs("banksync_batch_writer"), db.settings(), extraProperties);
    }

    /** The same for a database given by its settings (a child process has no {@link TestDatabase}). */
    public static ConfigurableApplicationContext start(DbSettings writer, DbSettings owner, String... extraProperties) {
        List<String> properties = new ArrayList<>(List.of(
                "spring.datasource.url=" + writer.url(),
                "spring.datasource.username=" + writer.user(),
                "spring.datasource.password=" + writer.password(),
                "spring.flyway.user=" + owner.user(),
                "spring.main.banner-mode=off"));
        if (owner.password() != null) {
            properties.add("spring.flyway.password=" + owner.password());
        }
        properties.addAll(List.of(extraProperties));
        // As command-line arguments: builder "properties" are defaults, weaker than the module's @PropertySource.
        return new SpringApplicationBuilder(BatchTestApplication.class)
                .web(WebApplicationType.NONE)
                .run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }
}
