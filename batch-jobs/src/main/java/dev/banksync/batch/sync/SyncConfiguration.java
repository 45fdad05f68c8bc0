package dev.banksync.batch.sync;

import dev.banksync.batch.ops.RejectedRecords;
import dev.banksync.batch.ops.SyncRuns;
import dev.banksync.batch.reconcile.Reconciler;
import dev.banksync.batch.sync.connection.BankConnections;
import dev.banksync.batch.sync.connection.ConnectionAccounts;
import dev.banksync.batch.sync.connector.BankConnector;
import dev.banksync.batch.sync.connector.ConnectorRegistry;
import dev.banksync.batch.sync.connector.WindowOverCursor;
import dev.banksync.batch.sync.connector.plaid.HttpSettings;
import dev.banksync.batch.sync.connector.plaid.PlaidStyleConnector;
import dev.banksync.batch.sync.token.TokenCipher;
import dev.banksync.batch.sync.token.TokenKeys;
import dev.banksync.core.config.BanksyncEnv;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the bank sync needs besides the job itself: the token cipher (key from {@code BANKSYNC_TOKEN_KEY}), the
 * connections, and the connectors, each behind its provider's guard. A provider is added by declaring another
 * {@link BankConnector} bean; the job finds it by {@code ledger.bank_connections.provider}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SyncProperties.class)
public class SyncConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public TokenCipher tokenCipher() {
        return TokenKeys.fromEnv(BanksyncEnv.system());
    }

    @Bean
    public BankConnections bankConnections(JdbcTemplate jdbcTemplate, PlatformTransactionManager transactionManager,
                                           TokenCipher tokenCipher) {
        return new BankConnections(jdbcTemplate, new TransactionTemplate(transactionManager), tokenCipher);
    }

    @Bean
    public ConnectorRegistry connectorRegistry(ObjectProvider<BankConnector> connectors, SyncProperties properties) {
        return new ConnectorRegistry(connectors.orderedStream().toList(), provider -> properties.policy());
    }

    /** Each commit of a sync is its own transaction, whatever the caller is in. */
    @Bean
    public SyncBatchWriter.Shared syncBatchWriterShared(JdbcTemplate jdbcTemplate,
                                                        PlatformTransactionManager transactionManager,
                                                        Reconciler reconciler, RejectedRecords rejectedRecords,
                                                        SyncRuns syncRuns) {
        TransactionTemplate perCommit = new TransactionTemplate(transactionManager);
        perCommit.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new SyncBatchWriter.Shared(jdbcTemplate, perCommit, reconciler, new ConnectionAccounts(jdbcTemplate),
                rejectedRecords, syncRuns);
    }

    @Bean
    @ConditionalOnProperty("banksync.sync.sandbox.url")
    public BankConnector sandboxConnector(SyncProperties properties) {
        return new PlaidStyleConnector("sandbox", sandboxHttp(properties));
    }

    @Bean
    @ConditionalOnProperty("banksync.sync.sandbox.url")
    public BankConnector sandboxWindowConnector(SyncProperties properties) {
        return new WindowOverCursor("sandbox-window",
                new PlaidStyleConnector("sandbox-window", sandboxHttp(properties)), properties.maxPaginationRestarts());
    }

    private static HttpSettings sandboxHttp(SyncProperties properties) {
        SyncProperties.Sandbox sandbox = properties.sandbox();
        return new HttpSettings(sandbox.url(), sandbox.connectTimeout(), sandbox.requestTimeout(), sandbox.pageSize());
    }
}
