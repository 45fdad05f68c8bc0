package dev.banksync.batch;

import dev.banksync.batch.ledger.LedgerAccounts;
import dev.banksync.batch.ops.RejectedRecords;
import dev.banksync.batch.ops.SyncRuns;
import dev.banksync.batch.outbox.OutboxWriter;
import dev.banksync.batch.reconcile.Reconciler;
import java.time.Clock;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.PropertySource;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The batch jobs, for an application to import. It expects Spring Boot's auto-configuration to supply the
 * DataSource (the app maps {@code BANKSYNC_DB_*} onto it), the transaction manager, {@link JdbcTemplate} and the
 * Spring Batch infrastructure ({@code JobRepository}, {@code JobOperator}). Module defaults (job repository tables
 * in schema {@code batch}, no job run at start-up) come from {@code banksync-batch-defaults.properties}, at the
 * lowest precedence, so the app's own configuration wins.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackageClasses = BatchJobsConfiguration.class)
@PropertySource("classpath:banksync-batch-defaults.properties")
@EnableConfigurationProperties(ReconcileProperties.class)
public class BatchJobsConfiguration {

    @Bean
    public OutboxWriter outboxWriter(JdbcTemplate jdbcTemplate) {
        return new OutboxWriter(jdbcTemplate);
    }

    /**
     * The matching engine every writer of the ledger goes through (file imports and bank syncs alike), with the
     * tolerances of {@code banksync.reconcile.*}.
     */
    @Bean
    public Reconciler reconciler(JdbcTemplate jdbcTemplate, OutboxWriter outboxWriter, ReconcileProperties tolerances) {
        return new Reconciler(jdbcTemplate, outboxWriter, tolerances.policy(), Clock.systemUTC());
    }

    @Bean
    public LedgerAccounts ledgerAccounts(JdbcTemplate jdbcTemplate) {
        return new LedgerAccounts(jdbcTemplate);
    }

    @Bean
    public SyncRuns syncRuns(JdbcTemplate jdbcTemplate) {
        return new SyncRuns(jdbcTemplate);
    }

    @Bean
    public RejectedRecords rejectedRecords(JdbcTemplate jdbcTemplate) {
        return new RejectedRecords(jdbcTemplate);
    }
}
