package dev.banksync.batch;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** What the app module does, reduced to the batch jobs: Boot's auto-configuration plus our configuration. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(BatchJobsConfiguration.class)
public class BatchTestApplication {
}
