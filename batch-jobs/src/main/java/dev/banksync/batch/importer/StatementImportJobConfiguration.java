package dev.banksync.batch.importer;

import dev.banksync.batch.importer.statement.StatementRow;
import dev.banksync.batch.ops.RejectedRecords;
import dev.banksync.batch.ops.SyncRunListener;
import dev.banksync.batch.ops.SyncRuns;
import dev.banksync.batch.reconcile.Reconciler;
import java.nio.file.Path;
import org.springframework.batch.core.configuration.annotation.StepScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * {@code statementImportJob}: one chunk-oriented step reading a statement file into the ledger. Each chunk is one
 * database transaction holding its ledger rows, their outbox events, its rejected rows and its counts. The step
 * is deliberately not fault tolerant: bad rows are items (quarantined), not exceptions to skip; anything that
 * does throw is a real failure and fails the run, with the committed chunks kept and a re-run idempotent.
 */
@Configuration(proxyBeanMethods = false)
public class StatementImportJobConfiguration {

    public static final String JOB_NAME = "statementImportJob";
    public static final String STEP_NAME = "statementImportStep";

    @Bean
    public Job statementImportJob(JobRepository jobRepository, Step statementImportStep, SyncRuns syncRuns) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .validator(ImportParameters.validator())
                .listener(new SyncRunListener(syncRuns, ImportParameters::runSource))
                .start(statementImportStep)
                .build();
    }

    @Bean
    public Step statementImportStep(JobRepository jobRepository, PlatformTransactionManager transactionManager,
                                    StatementFileReader statementFileReader,
                                    StatementImportProcessor statementImportProcessor,
                                    StatementImportWriter statementImportWriter,
                                    @Value("${banksync.batch.import.chunk-size}") int chunkSize) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .<StatementRow, ImportItem>chunk(chunkSize)
                .transactionManager(transactionManager)
                .reader(statementFileReader)
                .processor(statementImportProcessor)
                .writer(statementImportWriter)
                .build();
    }

    @Bean
    @StepScope
    public StatementFileReader statementFileReader(
            @Value("#{jobParameters['" + ImportParameters.FILE + "']}") String file,
            @Value("#{jobParameters['" + ImportParameters.FORMAT + "']}") String format,
            @Value("#{jobParameters['" + ImportParameters.PROFILE + "']}") String profile,
            @Value("#{jobParameters['" + ImportParameters.CURRENCY + "']}") String currency) {
        return new StatementFileReader(StatementParsers.forFormat(format, profile, currency), Path.of(file));
    }

    @Bean
    @StepScope
    public StatementImportProcessor statementImportProcessor(
            @Value("#{jobParameters['" + ImportParameters.USER_ID + "']}") String userId,
            @Value("#{jobParameters['" + ImportParameters.ACCOUNT_ID + "']}") String accountId,
            @Value("#{jobParameters['" + ImportParameters.FORMAT + "']}") String format) {
        return new StatementImportProcessor(userId, accountId, "file:" + StatementParsers.formatName(format));
    }

    @Bean
    @StepScope
    public StatementImportWriter statementImportWriter(
            Reconciler reconciler, RejectedRecords rejectedRecords, SyncRuns syncRuns,
            @Value("#{jobExecutionContext['" + SyncRunListener.RUN_ID + "']}") Long runId,
            @Value("#{jobParameters['" + ImportParameters.FILE + "']}") String file,
            @Value("#{jobParameters['" + ImportParameters.FORMAT + "']}") String format) {
        return new StatementImportWriter(reconciler, rejectedRecords, syncRuns, runId,
                ImportParameters.fileName(file), "file:" + StatementParsers.formatName(format));
    }
}
