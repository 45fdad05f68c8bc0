package dev.banksync.batch.sync;

import dev.banksync.batch.ops.SyncRun;
import dev.banksync.batch.ops.SyncRuns;
import dev.banksync.batch.sync.BankSyncResult.Outcome;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.launch.JobInstanceAlreadyCompleteException;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Service;

/**
 * Launches {@code bankSyncJob} and waits for it: what the CLI and the scheduler call. One slot runs in one
 * process at a time; a slot that crashed (its execution still marked running, but nobody holds its lock) is
 * recovered and restarted, resuming every unfinished connection from its last committed cursor.
 */
@Service
public class BankSyncService {

    private static final Logger LOG = LoggerFactory.getLogger(BankSyncService.class);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job bankSyncJob;
    private final DataSource dataSource;
    private final SyncRuns syncRuns;

    public BankSyncService(JobOperator jobOperator, JobRepository jobRepository,
                           @Qualifier(BankSyncJobConfiguration.JOB_NAME) Job bankSyncJob, DataSource dataSource,
                           SyncRuns syncRuns) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.bankSyncJob = bankSyncJob;
        this.dataSource = dataSource;
        this.syncRuns = syncRuns;
    }

    /**
     * Syncs every ACTIVE connection for a scheduled slot, e.g. {@code syncAll(today, "06:00")}. Launching the
     * same date and slot again is idempotent: a completed slot is not run again, a failed or crashed one resumes.
     */
    public BankSyncResult syncAll(LocalDate businessDate, String slot) {
        return run(businessDate, slot, null);
    }

    /** Syncs one connection now, as its own slot {@code manual:<uuid>} dated today (UTC). */
    public BankSyncResult syncConnection(long connectionId) {
        return run(LocalDate.now(ZoneOffset.UTC), "manual:" + UUID.randomUUID(), connectionId);
    }

    /**
     * Syncs one connection in a named slot: launched again with the same date and slot, a completed run is not
     * repeated and a failed one is restarted, as for {@link #syncAll}.
     */
    public BankSyncResult syncConnection(long connectionId, LocalDate businessDate, String slot) {
        return run(businessDate, slot, connectionId);
    }

    private BankSyncResult run(LocalDate businessDate, String slot, Long connectionId) {
        JobParameters parameters = BankSyncParameters.of(businessDate, slot, connectionId);
        String key = BankSyncJobConfiguration.JOB_NAME + "|" + businessDate + "|" + slot + "|" + connectionId;
        try (SlotLock lock = SlotLock.tryAcquire(dataSource, key)) {
            if (!lock.acquired()) {
                return new BankSyncResult(businessDate, slot, Outcome.RUNNING_ELSEWHERE, null, List.of());
            }
            recoverCrashed(parameters);
            JobExecution execution;
            try {
                execution = jobOperator.start(bankSyncJob, parameters);
            } catch (JobInstanceAlreadyCompleteException e) {
                return new BankSyncResult(businessDate, slot, Outcome.ALREADY_COMPLETE, null, runs(businessDate, slot));
            } catch (Exception e) {
                throw new IllegalStateException("cannot launch " + BankSyncJobConfiguration.JOB_NAME + " for "
                        + businessDate + " " + slot + ": " + e.getMessage(), e);
            }
            Outcome outcome = execution.getStatus() == BatchStatus.COMPLETED ? Outcome.COMPLETED : Outcome.FAILED;
            return new BankSyncResult(businessDate, slot, outcome, execution.getId(), runs(businessDate, slot));
        }
    }

    /** Holding the slot's lock, an execution still marked running can only be one whose process died. */
    private void recoverCrashed(JobParameters parameters) {
        JobExecution last = jobRepository.getLastJobExecution(BankSyncJobConfiguration.JOB_NAME, parameters);
        if (last != null && last.getStatus().isRunning()) {
            LOG.warn("{} execution {} is marked {} but its process is gone: marking it failed to restart it",
                    BankSyncJobConfiguration.JOB_NAME, last.getId(), last.getStatus());
            jobOperator.recover(last);
        }
    }

    private List<SyncRun> runs(LocalDate businessDate, String slot) {
        return syncRuns.forSlot(businessDate, slot);
    }
}
