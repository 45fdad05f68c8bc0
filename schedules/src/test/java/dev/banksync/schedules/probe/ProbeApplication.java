package dev.banksync.schedules.probe;

import dev.banksync.batch.BatchJobsConfiguration;
import dev.banksync.schedules.SchedulesConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** What the app does, reduced to batch jobs and schedules, plus the probe job to schedule. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import({BatchJobsConfiguration.class, SchedulesConfiguration.class, ProbeJobConfiguration.class})
public class ProbeApplication {
}
