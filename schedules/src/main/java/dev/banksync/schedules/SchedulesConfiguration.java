package dev.banksync.schedules;

import dev.banksync.schedules.definition.SchedulesProperties;
import dev.banksync.schedules.launch.BatchJobLauncher;
import dev.banksync.schedules.operator.ManualRuns;
import dev.banksync.schedules.operator.ScheduleStatus;
import dev.banksync.schedules.quartz.ScheduleRegistrar;
import dev.banksync.schedules.retrain.CategoriserRetrainJobConfiguration;
import java.time.Clock;
import org.quartz.Scheduler;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.configuration.support.MapJobRegistry;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The scheduler, for an application to import next to {@code BatchJobsConfiguration}. Spring Boot's Quartz
 * auto-configuration supplies the {@link Scheduler} - a clustered JDBC job store in schema {@code quartz} on the
 * application's DataSource, configured by {@code banksync-schedules-defaults.properties} at the lowest
 * precedence - and Spring Batch's the {@link JobOperator} and {@link JobRepository}. This adds the schedules
 * ({@code banksync.schedules.*}), their registration, the Quartz job that launches batch jobs, and the operator
 * services {@link ScheduleStatus} and {@link ManualRuns}, and the nightly {@code categoriserRetrainJob}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SchedulesProperties.class)
@PropertySource("classpath:banksync-schedules-defaults.properties")
@Import(CategoriserRetrainJobConfiguration.class)
public class SchedulesConfiguration {

    private static final String QUARTZ_TABLE_PREFIX = "${spring.quartz.properties.org.quartz.jobStore.tablePrefix}";

    /**
     * Jobs are launched by name. Spring Batch 6 no longer defines a registry bean; a {@link MapJobRegistry}
     * fills itself with every Job bean of the context, and Spring Batch's JobOperator picks this bean up too.
     */
    @Bean
    @ConditionalOnMissingBean(JobRegistry.class)
    public MapJobRegistry jobRegistry() {
        return new MapJobRegistry();
    }

    @Bean
    public BatchJobLauncher batchJobLauncher(JobRegistry jobRegistry, JobOperator jobOperator,
                                             JobRepository jobRepository) {
        return new BatchJobLauncher(jobRegistry, jobOperator, jobRepository);
    }

    /**
     * Quartz's JDBC store expects its changes inside the caller's transaction (that is where it takes its lock),
     * on the DataSource the scheduler uses - Boot gives both the application's single DataSource.
     */
    @Bean
    public TransactionTemplate schedulesTransaction(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    /**
     * Scheduler nodes write the configured schedules into the job store; a process that only reads status or asks
     * for a run sets {@code banksync.schedules.register-triggers=false} and leaves the stored schedules alone.
     */
    @Bean
    @ConditionalOnProperty(name = "banksync.schedules.register-triggers", havingValue = "true", matchIfMissing = true)
    public ScheduleRegistrar scheduleRegistrar(Scheduler scheduler, SchedulesProperties properties,
                                               TransactionTemplate schedulesTransaction, JdbcTemplate jdbcTemplate,
                                               @Value(QUARTZ_TABLE_PREFIX) String quartzTablePrefix,
                                               JobRegistry jobRegistry) {
        return new ScheduleRegistrar(scheduler, properties.enabledSchedules(), schedulesTransaction, jdbcTemplate,
                quartzTablePrefix, jobRegistry);
    }

    @Bean
    public ScheduleStatus scheduleStatus(Scheduler scheduler, JobRepository jobRepository, JobRegistry jobRegistry,
                                         JdbcTemplate jdbcTemplate,
                                         @Value(QUARTZ_TABLE_PREFIX) String quartzTablePrefix) {
        return new ScheduleStatus(scheduler, jobRepository, jobRegistry, jdbcTemplate, quartzTablePrefix,
                Clock.systemUTC());
    }

    @Bean
    public ManualRuns manualRuns(Scheduler scheduler, TransactionTemplate schedulesTransaction) {
        return new ManualRuns(scheduler, schedulesTransaction, Clock.systemUTC());
    }
}
