package dev.banksync.app.spring;

import dev.banksync.core.db.DbSettings;
import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the Spring contexts the CLI commands need. Connection settings are passed as command-line properties,
 * the highest precedence, so they win over module defaults and application.yml alike; the password travels as a
 * property of this process only, never on a real command line.
 */
public final class SpringContexts {

    private SpringContexts() {
    }

    public static ConfigurableApplicationContext batch(DbSettings db, String... extraProperties) {
        return start(BatchApplication.class, WebApplicationType.NONE, db, extraProperties);
    }

    public static ConfigurableApplicationContext api(DbSettings db, int port, String... extraProperties) {
        List<String> props = new ArrayList<>(List.of(extraProperties));
        props.add("--server.port=" + port);
        // the API connects as the read-only role, which may not run migrations
        props.add("--spring.flyway.enabled=false");
        return start(ApiApplication.class, WebApplicationType.SERVLET, db, props.toArray(String[]::new));
    }

    private static ConfigurableApplicationContext start(Class<?> source, WebApplicationType type, DbSettings db,
                                                        String... extraProperties) {
        List<String> args = new ArrayList<>();
        args.add("--spring.datasource.url=" + db.url());
        args.add("--spring.datasource.username=" + db.user());
        args.add("--spring.datasource.password=" + db.password());
        args.addAll(List.of(extraProperties));
        return new SpringApplicationBuilder(source).web(type).logStartupInfo(false).run(args.toArray(String[]::new));
    }
}
