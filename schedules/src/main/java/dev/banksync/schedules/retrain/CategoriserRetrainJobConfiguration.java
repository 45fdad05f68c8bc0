package dev.banksync.schedules.retrain;

import dev.banksync.ml.merchant.MerchantNormaliser;
import dev.banksync.ml.registry.ModelRegistry;
import dev.banksync.ml.train.CategoriserTrainer;
import java.nio.file.Path;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;
import org.springframework.batch.infrastructure.support.transaction.ResourcelessTransactionManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * {@code categoriserRetrainJob}: one tasklet step running {@link CategoriserRetraining}. Training takes minutes
 * and writes through the registry's own connections, so the step holds no transaction (resourceless manager).
 *
 * <p>Settings: {@code banksync.ml.corpus-dir} (the corpus directory with train.csv[.gz] and heldout.csv[.gz],
 * default {@code ml-models/data/corpus}), {@code banksync.ml.retrain.min-users} (distinct users who must agree on
 * a merchant, default 3), {@code banksync.ml.retrain.min-agreement} (share of that merchant's correcting users
 * who must agree, default 0.8), {@code banksync.ml.retrain.tolerance} (macro-F1 a new model may lose and still be
 * activated, default 0.005), {@code banksync.ml.retrain.iterations} (logistic epochs, 0 = the trainer's default).
 */
@Configuration(proxyBeanMethods = false)
public class CategoriserRetrainJobConfiguration {

    public static final String JOB_NAME = "categoriserRetrainJob";
    public static final String STEP_NAME = "categoriserRetrainStep";
    /** Step execution context key holding the version this run registered. */
    public static final String REGISTERED_VERSION = "registeredVersion";

    @Bean
    public CategoriserRetraining categoriserRetraining(
            DataSource dataSource,
            @Value("${banksync.ml.corpus-dir:ml-models/data/corpus}") Path corpusDir,
            @Value("${banksync.ml.retrain.min-users:3}") int minUsers,
            @Value("${banksync.ml.retrain.min-agreement:0.8}") double minAgreement,
            @Value("${banksync.ml.retrain.tolerance:0.005}") double tolerance,
            @Value("${banksync.ml.retrain.iterations:0}") int iterations) {
        MerchantNormaliser normaliser = MerchantNormaliser.shipped();
        return new CategoriserRetraining(corpusDir, new CorrectionsReader(dataSource),
                new CorrectionsFolding(normaliser, minUsers, minAgreement),
                new CategoriserTrainer(normaliser, Clock.systemUTC()), iterations, new ModelRegistry(dataSource),
                new ActivationPolicy(tolerance));
    }

    @Bean
    public Job categoriserRetrainJob(JobRepository jobRepository, Step categoriserRetrainStep) {
        return new JobBuilder(JOB_NAME, jobRepository).start(categoriserRetrainStep).build();
    }

    @Bean
    public Step categoriserRetrainStep(JobRepository jobRepository, CategoriserRetraining categoriserRetraining) {
        return new StepBuilder(STEP_NAME, jobRepository)
                .tasklet((contribution, chunk) -> {
                    RetrainOutcome outcome = categoriserRetraining.run();
                    chunk.getStepContext().getStepExecution().getExecutionContext()
                            .putString(REGISTERED_VERSION, outcome.version());
                    contribution.setExitStatus(ExitStatus.COMPLETED.addExitDescription(outcome.version()
                            + (outcome.activated() ? " activated; " : " not activated; ") + outcome.reason()
                            + "; folded " + outcome.foldedCorrections() + " corrections of "
                            + outcome.foldedMerchants() + " merchants"));
                    return RepeatStatus.FINISHED;
                }, new ResourcelessTransactionManager())
                .build();
    }
}
