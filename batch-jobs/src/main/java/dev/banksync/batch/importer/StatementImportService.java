package dev.banksync.batch.importer;

import dev.banksync.batch.ledger.LedgerAccounts;
import dev.banksync.batch.ops.SyncRun;
import dev.banksync.batch.ops.SyncRunListener;
import dev.banksync.batch.ops.SyncRuns;
import java.nio.file.Files;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Imports a statement file by launching {@code statementImportJob} and waiting for it (the job operator runs jobs
 * on the caller's thread unless the app configures otherwise). This is what the CLI calls.
 */
@Service
public class StatementImportService {

    private final JobOperator jobOperator;
    private final Job statementImportJob;
    private final LedgerAccounts accounts;
    private final SyncRuns syncRuns;

    public StatementImportService(JobOperator jobOperator,
                                  @Qualifier(StatementImportJobConfiguration.JOB_NAME) Job statementImportJob,
                                  LedgerAccounts accounts, SyncRuns syncRuns) {
        this.jobOperator = jobOperator;
        this.statementImportJob = statementImportJob;
        this.accounts = accounts;
        this.syncRuns = syncRuns;
    }

    /**
     * Runs the import to its end. A file the importer cannot read at all, or a failure mid-way, gives a result
     * that is not {@link ImportResult#succeeded()} with the reason; a request that cannot start (missing file,
     * unknown account or an account of another user) throws {@link IllegalArgumentException}.
     */
    public ImportResult importFile(ImportRequest request) {
        if (!Files.isReadable(request.file()) || Files.isDirectory(request.file())) {
            throw new IllegalArgumentException("statement file " + request.file() + " does not exist or is not readable");
        }
        LedgerAccounts.Account account = accounts.requireOwned(request.userId(), request.accountId());
        String currency = request.currency() != null ? request.currency() : account.currency();
        JobParameters parameters = ImportParameters.of(request, currency);
        JobExecution execution;
        try {
            execution = jobOperator.start(statementImportJob, parameters);
        } catch (Exception e) {
            throw new IllegalStateException("cannot launch " + StatementImportJobConfiguration.JOB_NAME + ": "
                    + e.getMessage(), e);
        }
        SyncRun run = null;
        if (execution.getExecutionContext().containsKey(SyncRunListener.RUN_ID)) {
            long runId = execution.getExecutionContext().getLong(SyncRunListener.RUN_ID);
            run = syncRuns.find(runId).orElseThrow(() -> new IllegalStateException("sync run " + runId + " vanished"));
        }
        String error = execution.getStatus().isUnsuccessful() ? SyncRunListener.describeFailure(execution) : null;
        return ImportResult.of(execution.getId(), execution.getStatus(), run, error);
    }
}
