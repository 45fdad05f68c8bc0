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
        List<String> props = new ArrayList<>(List.of(extraProperties));
        // Quartz is on the app's classpath; a one-off command must not start a scheduler of its own.
        props.add("--spring.quartz.auto-startup=false");
        return start(BatchApplication.class, WebApplicationType.NONE, db, props.toArray(String[]::new));
    }

    /**
     * A scheduler node ({@code join = true}: fires jobs as a member of the Quartz cluster), or an operator's view
     * of the cluster ({@code join = false}: reads and writes the job store without firing anything and without
     * rewriting the stored schedules).
     */
    public static ConfigurableApplicationContext scheduler(DbSettings db, boolean join, String... extraProperties) {
        List<String> props = new ArrayList<>(List.of(extraProperties));
        if (!join) {
            props.add("--spring.quartz.auto-startup=false");
            props.add("--banksync.schedules.register-triggers=false");
        }
        return start(SchedulerApplication.class, WebApplicationType.NONE, db, props.toArray(String[]::new));
    }

    public static ConfigurableApplicationContext api(DbSettings db, int port, String... extraProperties) {
        List<String> props = new ArrayList<>(List.of(extraProperties));
        props.add("--server.port=" + port);
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
