package dev.banksync.batch.sync;

import dev.banksync.batch.ops.SyncRun;
import dev.banksync.batch.ops.SyncRunListener;
import dev.banksync.batch.ops.SyncRuns;
import dev.banksync.batch.sync.ConnectionSync.SyncLimits;
import dev.banksync.batch.sync.connection.BankConnection;
import dev.banksync.batch.sync.connection.BankConnections;
import dev.banksync.batch.sync.connector.BankConnector;
import dev.banksync.batch.sync.connector.ConnectionContext;
import dev.banksync.batch.sync.connector.ConnectorException;
import dev.banksync.batch.sync.connector.ConnectorRegistry;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The Spring Batch face of one connection's {@link ConnectionSync}: each call of {@link #execute} is one commit,
 * so the step can be stopped between commits. Before the step it opens (or, on a restart, resumes) the
 * connection's run in {@code ops.sync_runs}; after it, records the outcome there and on the connection.
 */
public class ConnectionSyncTasklet implements Tasklet, StepExecutionListener {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionSyncTasklet.class);

    private final long connectionId;
    private final LocalDate businessDate;
    private final String slot;
    private final BankConnections connections;
    private final ConnectorRegistry connectors;
    private final SyncBatchWriter.Shared db;
    private final SyncLimits limits;
    private long runId;
    private ConnectionSync sync;

    public ConnectionSyncTasklet(long connectionId, LocalDate businessDate, String slot, BankConnections connections,
                                 ConnectorRegistry connectors, SyncBatchWriter.Shared db, SyncLimits limits) {
        this.connectionId = connectionId;
        this.businessDate = businessDate;
        this.slot = slot;
        this.connections = connections;
        this.connectors = connectors;
        this.db = db;
        this.limits = limits;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = syncRuns().startConnection(connectionId, businessDate, slot, stepExecution.getJobExecutionId());
        stepExecution.getExecutionContext().putLong(SyncRunListener.RUN_ID, runId);
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        if (sync == null) {
            sync = open();
        }
        return RepeatStatus.continueIf(sync.step());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (stepExecution.getFailureExceptions().isEmpty() && stepExecution.getStatus().isLessThanOrEqualTo(
                org.springframework.batch.core.BatchStatus.COMPLETED)) {
            syncRuns().finish(runId, SyncRun.Status.SUCCEEDED, null);
            connections.recordSuccess(connectionId);
            LOG.info("connection {} synced for {} {}: {}", connectionId, businessDate, slot,
                    sync == null ? "nothing to do" : sync.total());
            return null;
        }
        String error = stepExecution.getFailureExceptions().stream().map(ConnectionSyncTasklet::describe)
                .distinct().collect(Collectors.joining("; "));
        boolean loginRequired = stepExecution.getFailureExceptions().stream().anyMatch(t ->
                t instanceof ConnectorException e && e.kind() == ConnectorException.Kind.LOGIN_REQUIRED);
        syncRuns().finish(runId, SyncRun.Status.FAILED, error.isEmpty() ? stepExecution.getStatus().name() : error);
        connections.recordFailure(connectionId, error, loginRequired);
        LOG.warn("connection {} failed to sync for {} {}: {}", connectionId, businessDate, slot, error);
        return null;
    }

    private ConnectionSync open() {
        BankConnection connection = connections.find(connectionId).orElseThrow(() ->
                new IllegalStateException("connection " + connectionId + " does not exist"));
        if (!connection.isActive()) {
            throw new IllegalStateException("connection " + connectionId + " is " + connection.status()
                    + ", not ACTIVE" + (connection.lastError() == null ? "" : " (" + connection.lastError() + ")"));
        }
        BankConnector connector = connectors.connector(connection.provider());
        ConnectionContext context = new ConnectionContext(connectionId, connection.userId(), connection.provider(),
                connection.externalId(), connections.openToken(connection));
        SyncStore store = new SyncBatchWriter(db, connectionId, connection.userId(), connector.source(), runId);
        return new ConnectionSync(connector, context, store, limits, connection.windowDays());
    }

    private SyncRuns syncRuns() {
        return db.syncRuns();
    }

    /** The message an operator acts on: the connector's own words, or the root cause's. */
    private static String describe(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null && root.getCause() != root && !(root instanceof ConnectorException)) {
            root = root.getCause();
        }
        String kind = root instanceof ConnectorException e ? e.kind() + ": " : "";
        return kind + root.getMessage();
    }
}
