package dev.banksync.app.spring;

import dev.banksync.batch.BatchJobsConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The batch side in one context: Spring Batch's job repository and operator, the jobs, Flyway. */
@SpringBootApplication(scanBasePackages = "dev.banksync.app.spring.none")
@Import({BatchJobsConfiguration.class, MigrationAtStartup.class})
public class BatchApplication {
}
