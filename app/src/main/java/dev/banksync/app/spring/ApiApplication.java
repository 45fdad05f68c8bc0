package dev.banksync.app.spring;

import dev.banksync.api.QueryApiConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The read-only query API; at start-up it checks that the database is at its version (it cannot migrate it). */
@SpringBootApplication(scanBasePackages = "dev.banksync.app.spring.none")
@Import({QueryApiConfiguration.class, MigrationAtStartup.class})
public class ApiApplication {
}
