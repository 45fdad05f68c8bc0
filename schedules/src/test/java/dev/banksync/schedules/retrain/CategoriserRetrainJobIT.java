package dev.banksync.schedules.retrain;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.batch.BatchJobsConfiguration;
import dev.banksync.core.db.DbSettings;
import dev.banksync.ml.categorise.CategoriserModel;
import dev.banksync.ml.corpus.CorpusCsv;
import dev.banksync.ml.registry.ModelRegistry;
import dev.banksync.ml.registry.RegisteredModel;
import dev.banksync.ml.train.CategoriserTrainer;
import dev.banksync.ml.train.DataHash;
import dev.banksync.ml.train.TrainerKind;
import dev.banksync.ml.train.TrainingData;
import dev.banksync.schedules.SchedulesConfiguration;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/**
 * The retraining job on a real database with a tiny corpus (src/test/resources/retrain-corpus, a sample of the
 * shipped one) and few epochs: corrections three users agree on are folded, one user's many corrections are not.
 */
@ExtendWith(BanksyncPostgres.class)
class CategoriserRetrainJobIT {

    static {
        System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
    }

    private static final Path CORPUS = Path.of("src/test/resources/retrain-corpus");
    private static final String PIZZA = "SQ *JOES PIZZA BROOKLYN";
    private static final String GYM = "PLANET FITNESS CLUB FEES";

    @SpringBootConfiguration
    @EnableAutoConfiguration
    @Import({BatchJobsConfiguration.class, SchedulesConfiguration.class})
    static class RetrainApplication {
    }

    @Test
    void foldsCorrectionsSeveralUsersAgreeOnRegistersTheModelWithProvenanceAndActivatesIt(TestDatabase db)
            throws Exception {
        for (String user : List.of("alice", "bob", "carol")) {
            correct(db, user, PIZZA, 1, "FOOD_AND_DRINK");
        }
        for (int i = 1; i <= 5; i++) {
            correct(db, "mallory", GYM + " " + i, i, "ENTERTAINMENT");
        }
        ModelRegistry registry = new ModelRegistry(db.dataSource());
        // an active model to compare with, made from the same tiny corpus (the shipped default would dwarf it)
        CategoriserModel previous = new CategoriserTrainer().train(
                TrainingData.load(CORPUS, null), TrainerKind.LOGISTIC, 1).chosen();
        registry.register(previous);
        registry.activate(previous.version());

        try (ConfigurableApplicationContext context = start(db)) {
            JobExecution execution = context.getBean(JobOperator.class).start(
                    context.getBean(CategoriserRetrainJobConfiguration.JOB_NAME, Job.class),
                    new JobParametersBuilder().addString("run", "it").toJobParameters());

            assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
            StepExecution step = execution.getStepExecutions().iterator().next();
            String version = step.getExecutionContext().getString(CategoriserRetrainJobConfiguration.REGISTERED_VERSION);
            // alice, bob and carol's pizza rows only: mallory alone cannot teach the global model
            assertThat(step.getExitStatus().getExitDescription()).contains("folded 3 corrections of 1 merchants");

            RegisteredModel registered = registry.find(version).orElseThrow();
            assertThat(registered.trainer()).startsWith("logistic-2");
            assertThat(registered.dataHash()).isNotEqualTo(
                    DataHash.of(CorpusCsv.read(CORPUS.resolve("train.csv"))));
            assertThat(registered.metricsJson()).contains("heldout").contains("macroF1");
            assertThat(registered.active()).isTrue();
            assertThat(registry.active()).map(CategoriserModel::version).contains(version);
            assertThat(registry.find(previous.version())).map(RegisteredModel::active).contains(false);
            assertThat(step.getExitStatus().getExitDescription()).contains("vs active");
        }
        // nobody's own corrections were touched
        assertThat(db.queryLong("SELECT count(*) FROM ledger.category_overrides")).isEqualTo(8);
    }

    private static ConfigurableApplicationContext start(TestDatabase db) {
        DbSettings writer = db.loginAs("banksync_batch_writer");
        DbSettings owner = db.settings();
        List<String> properties = new java.util.ArrayList<>(List.of(
                "spring.datasource.url=" + writer.url(),
                "spring.datasource.username=" + writer.user(),
                "spring.datasource.password=" + writer.password(),
                "spring.flyway.user=" + owner.user(),
                "spring.main.banner-mode=off",
                "spring.quartz.auto-startup=false",
                "banksync.schedules.register-triggers=false",
                "banksync.ml.corpus-dir=" + CORPUS.toAbsolutePath(),
                "banksync.ml.retrain.iterations=2",
                // 1: always activate - the decision itself is ActivationPolicyTest's, here the activation is checked
                "banksync.ml.retrain.tolerance=1"));
        if (owner.password() != null) {
            properties.add("spring.flyway.password=" + owner.password());
        }
        return new SpringApplicationBuilder(RetrainApplication.class).web(WebApplicationType.NONE)
                .logStartupInfo(false).run(properties.stream().map(p -> "--" + p).toArray(String[]::new));
    }

    private static void correct(TestDatabase db, String user, String description, int n, String category) {
        String tx = user + "-tx-" + n;
        db.execute("INSERT INTO ledger.users (user_id) VALUES ('" + user + "') ON CONFLICT DO NOTHING");
        db.execute("INSERT INTO ledger.accounts (account_id, user_id, name, currency) VALUES ('" + user
                + "-acc', '" + user + "', 'Checking', 'USD') ON CONFLICT DO NOTHING");
        db.execute("INSERT INTO ledger.transactions (transaction_id, user_id, account_id, source, external_id, status,"
                + " booking_date, amount_minor, currency, description) VALUES ('" + tx + "', '" + user + "', '" + user
                + "-acc', 'file:csv', '" + tx + "', 'POSTED', DATE '2026-11-0" + n + "', -2450, 'USD', '"
                + description + "')");
        db.execute("INSERT INTO ledger.category_overrides (transaction_id, user_id, category) VALUES ('" + tx + "', '"
                + user + "', '" + category + "')");
    }
}
