package dev.banksync.benchmarks.sync;

import dev.banksync.batch.BatchJobsConfiguration;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/** The batch side as the app runs it, for the end-to-end sync benchmark. */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(BatchJobsConfiguration.class)
public class SyncBenchApplication {
}
