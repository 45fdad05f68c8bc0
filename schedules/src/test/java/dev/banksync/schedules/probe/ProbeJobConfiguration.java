package dev.banksync.schedules.probe;

import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.boot.quartz.autoconfigure.SchedulerFactoryBeanCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A small Spring Batch job standing in for the bank sync in the tests: one tasklet that records the parameters
 * it was launched with. Plus a Quartz listener logging every fire of the node.
 */
@Configuration(proxyBeanMethods = false)
public class ProbeJobConfiguration {

    public static final String JOB_NAME = "probeJob";

    @Bean
    public ProbeRuns probeRuns() {
        return new ProbeRuns();
    }

    @Bean
    public FireLog fireLog() {
        return new FireLog();
    }

    @Bean
    public SchedulerFactoryBeanCustomizer fireLogListener(FireLog fireLog) {
        return factory -> factory.setGlobalJobListeners(fireLog);
    }

    @Bean
    public Job probeJob(JobRepository jobRepository, PlatformTransactionManager transactionManager, ProbeRuns runs) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(new StepBuilder("probeStep", jobRepository)
                        .tasklet((contribution, chunk) -> {
                            var stepExecution = chunk.getStepContext().getStepExecution();
                            runs.record(stepExecution.getJobExecutionId(), stepExecution.getJobParameters());
                            return RepeatStatus.FINISHED;
                        }, transactionManager)
                        .build())
                .build();
    }
}
