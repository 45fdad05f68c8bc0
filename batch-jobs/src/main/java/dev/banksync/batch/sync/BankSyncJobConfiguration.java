package dev.banksync.batch.sync;

import dev.banksync.batch.sync.connection.BankConnections;
import dev.banksync.batch.sync.connector.ConnectorRegistry;
import java.time.LocalDate;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * {@code bankSyncJob}: a partitioned step, one partition per connection ({@link ConnectionPartitioner}), run by
 * {@code banksync.sync.parallelism} threads. A connection's partition is a tasklet step whose every iteration
 * commits one batch of pages in its own database transaction, so the step itself runs with a resourceless
 * transaction manager: no database connection is held open while the provider is called. A failed partition
 * fails the job after the others have finished; relaunching the slot restarts only the failed or unfinished ones.
 */
@Configuration(proxyBeanMethods = false)
public class BankSyncJobConfiguration {

    public static final String JOB_NAME = "bankSyncJob";
    public static final String MANAGER_STEP = "bankSyncStep";
    public static final String CONNECTION_STEP = "bankSyncConnectionStep";

    @Bean
    public Job bankSyncJob(JobRepository jobRepository, Step bankSyncStep) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(BankSyncParameters.validator())
                .start(bankSyncStep)
                .build();
    }

    @Bean
    public Step bankSyncStep(JobRepository jobRepository, Step bankSyncConnectionStep,
                             ConnectionPartitioner connectionPartitioner, TaskExecutor bankSyncTaskExecutor,
                             SyncProperties properties) {
        return new StepBuilder(MANAGER_STEP, jobRepository)
                .partitioner(CONNECTION_STEP, connectionPartitioner)
                .step(bankSyncConnectionStep)
                .taskExecutor(bankSyncTaskExecutor)
                .gridSize(properties.parallelism())
                .build();
    }

    @Bean
    public Step bankSyncConnectionStep(JobRepository jobRepository, ConnectionSyncTasklet connectionSyncTasklet) {
        return new StepBuilder(CONNECTION_STEP, jobRepository)
                .tasklet(connectionSyncTasklet, new ResourcelessTransactionManager())
                .listener(connectionSyncTasklet)
                .build();
    }

    @Bean
    @StepScope
    public ConnectionPartitioner connectionPartitioner(
            BankConnections connections,
            @Value("#{jobParameters['" + BankSyncParameters.CONNECTION_ID + "']}") Long connectionId) {
        return new ConnectionPartitioner(connections, connectionId);
    }

    @Bean
    @StepScope
    public ConnectionSyncTasklet connectionSyncTasklet(
            @Value("#{stepExecutionContext['" + ConnectionPartitioner.CONNECTION_ID + "']}") Long connectionId,
            @Value("#{jobParameters['" + BankSyncParameters.BUSINESS_DATE + "']}") LocalDate businessDate,
            @Value("#{jobParameters['" + BankSyncParameters.SLOT + "']}") String slot,
            BankConnections connections, ConnectorRegistry connectors, SyncBatchWriter.Shared db,
            SyncProperties properties) {
        return new ConnectionSyncTasklet(connectionId, businessDate, slot, connections, connectors, db,
                properties.limits());
    }

    /** Connections synced at once; a connection that waits on a slow provider holds only its own thread. */
    @Bean
    public ThreadPoolTaskExecutor bankSyncTaskExecutor(SyncProperties properties) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(properties.parallelism());
        executor.setMaxPoolSize(properties.parallelism());
        executor.setThreadNamePrefix("bank-sync-");
        executor.setWaitForTasksToCompleteOnShutdown(false);
        return executor;
    }
}
