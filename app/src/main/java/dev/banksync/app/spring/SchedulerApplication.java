package dev.banksync.app.spring;

import dev.banksync.batch.BatchJobsConfiguration;
import dev.banksync.schedules.SchedulesConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The scheduler node: the batch jobs plus the clustered Quartz scheduler that fires them. */
@SpringBootApplication(scanBasePackages = "dev.banksync.app.spring.none")
@Import({BatchJobsConfiguration.class, SchedulesConfiguration.class, MigrationAtStartup.class})
public class SchedulerApplication {
}
