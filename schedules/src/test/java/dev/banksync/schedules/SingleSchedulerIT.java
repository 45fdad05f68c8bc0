package dev.banksync.schedules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.banksync.schedules.launch.BatchJobLauncher;
import dev.banksync.schedules.launch.LaunchOutcome;
import dev.banksync.schedules.launch.LaunchOutcome.Result;
import dev.banksync.schedules.launch.SlotParameters;
import dev.banksync.schedules.operator.ExecutionSummary;
import dev.banksync.schedules.operator.ManualRuns;
import dev.banksync.schedules.operator.RunNowRequest;
import dev.banksync.schedules.operator.ScheduleReport;
import dev.banksync.schedules.operator.ScheduleStatus;
import dev.banksync.schedules.operator.SchedulerNode;
import dev.banksync.schedules.operator.TriggerStatus;
import dev.banksync.schedules.probe.FireLog.Fire;
import dev.banksync.schedules.probe.ProbeJobConfiguration;
import dev.banksync.schedules.probe.ProbeNode;
import dev.banksync.schedules.probe.ProbeRuns.ProbeRun;
import dev.banksync.schedules.slot.Slot;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.configuration.JobRegistry;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One scheduler node firing the probe job every two seconds, in a zone half an hour off UTC so that business date
 * and slot cannot be mistaken for UTC's.
 */
@ExtendWith(BanksyncPostgres.class)
class SingleSchedulerIT {

    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    private static ProbeNode node;

    @BeforeAll
    static void start(TestDatabase db) {
        node = ProbeNode.start(db, "node-a", "0/2 * * * * ?", "banksync.schedules.time-zone=" + KOLKATA);
    }

    @AfterAll
    static void stop() {
        node.close();
    }

    @Test
    void aFireLaunchesTheJobWithTheBusinessDateAndSlotOfItsScheduledTimeInTheZone() {
        Fire fire = node.awaitFire(f -> f.trigger().equals("bank-sync") && f.outcome().result() == Result.COMPLETED);

        ProbeRun run = node.probe().runs().stream()
                .filter(r -> r.executionId() == fire.outcome().executionId()).findFirst().orElseThrow();
        // the slot is the latest even second at or before the scheduled time (a fire late past the misfire
        // threshold, e.g. while the node was still starting, is scheduled for "now" and belongs to the slot it missed)
        LocalDateTime scheduled = LocalDateTime.ofInstant(fire.scheduledFor(), KOLKATA).truncatedTo(ChronoUnit.SECONDS);
        LocalDateTime slotStart = scheduled.minusSeconds(scheduled.getSecond() % 2);
        assertThat(run.slot().businessDate()).isEqualTo(slotStart.toLocalDate());
        assertThat(LocalTime.parse(run.slot().label())).isEqualTo(slotStart.toLocalTime());
        assertThat(run.firedBy()).isEqualTo("node-a");
        JobExecution execution = node.bean(JobRepository.class).getJobExecution(fire.outcome().executionId());
        assertThat(execution.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(execution.getJobInstance().getJobName()).isEqualTo(ProbeJobConfiguration.JOB_NAME);
        JobParameters parameters = execution.getJobParameters();
        assertThat(parameters.getParameter(SlotParameters.BUSINESS_DATE).identifying()).isTrue();
        assertThat(parameters.getParameter(SlotParameters.SLOT).identifying()).isTrue();
        assertThat(parameters.getParameter(SlotParameters.FIRED_BY).identifying()).isFalse();
    }

    @Test
    void reFiringACompletedSlotRunsNothing() {
        Fire completed = node.awaitFire(f -> f.trigger().equals("bank-sync") && f.outcome().result() == Result.COMPLETED);

        Fire refire = node.refire(completed.scheduledFor());

        assertThat(refire.outcome().result()).isEqualTo(Result.ALREADY_COMPLETE);
        assertThat(refire.outcome().slot()).isEqualTo(completed.outcome().slot());
        assertThat(refire.outcome().executionId()).isEqualTo(completed.outcome().executionId());
        assertThat(node.executionsOf(completed.outcome().slot())).extracting(JobExecution::getStatus)
                .containsExactly(BatchStatus.COMPLETED);
    }

    @Test
    void reFiringAFailedSlotRestartsItsInstance() {
        int before = node.fires().size();
        node.probe().failNextRun();
        Fire failed = node.awaitFire(f -> node.fires().indexOf(f) >= before && f.outcome().result() == Result.FAILED);

        Fire refire = node.refire(failed.scheduledFor());

        assertThat(refire.outcome().result()).isEqualTo(Result.COMPLETED);
        assertThat(refire.outcome().restart()).isTrue();
        assertThat(refire.outcome().slot()).isEqualTo(failed.outcome().slot());
        assertThat(node.executionsOf(failed.outcome().slot())).extracting(JobExecution::getId, JobExecution::getStatus)
                .containsExactly(tuple(failed.outcome().executionId(), BatchStatus.FAILED),
                        tuple(refire.outcome().executionId(), BatchStatus.COMPLETED));
    }

    @Test
    void statusShowsTheScheduleWithItsTriggerItsLastExecutionsAndTheNode() {
        Fire fire = node.awaitFire(f -> f.trigger().equals("bank-sync") && f.outcome().result() == Result.COMPLETED);

        List<ScheduleReport> reports = node.bean(ScheduleStatus.class).status(100);

        assertThat(reports).singleElement().satisfies(report -> {
            assertThat(report.schedule()).isEqualTo("bank-sync");
            assertThat(report.batchJobName()).isEqualTo(ProbeJobConfiguration.JOB_NAME);
            assertThat(report.cron()).isEqualTo("0/2 * * * * ?");
            assertThat(report.timeZone()).isEqualTo(KOLKATA);
            assertThat(report.batchJobDefined()).isTrue();
            TriggerStatus cron = report.triggers().stream().filter(t -> t.kind().equals("cron")).findFirst().orElseThrow();
            assertThat(cron.previousFireTime()).isAfterOrEqualTo(fire.scheduledFor());
            assertThat(cron.nextFireTime()).isAfter(cron.previousFireTime());
            assertThat(report.lastExecutions()).isSortedAccordingTo(
                    Comparator.comparingLong(ExecutionSummary::executionId).reversed());
            ExecutionSummary summary = report.lastExecutions().stream()
                    .filter(e -> e.executionId() == fire.outcome().executionId()).findFirst().orElseThrow();
            assertThat(new Slot(summary.businessDate(), summary.slot())).isEqualTo(fire.outcome().slot());
            assertThat(summary.status()).isEqualTo("COMPLETED");
            assertThat(summary.firedBy()).isEqualTo("node-a");
            assertThat(summary.endTime()).isAfterOrEqualTo(summary.startTime());
        });
        assertThat(node.bean(ScheduleStatus.class).status(1).get(0).lastExecutions()).hasSize(1);
        assertThat(node.bean(ScheduleStatus.class).nodes()).singleElement().satisfies(n -> {
            assertThat(n.instanceId()).isEqualTo("node-a");
            assertThat(n.alive()).isTrue();
            assertThat(n.checkInInterval()).isEqualTo(Duration.ofSeconds(10));
        });
    }

    @Test
    void runNowRunsTheJobOnceInAManualSlotOfItsOwn() {
        ManualRuns manualRuns = node.bean(ManualRuns.class);

        RunNowRequest request = manualRuns.runNow("bank-sync");

        assertThat(request.slot().isManual()).isTrue();
        assertThat(request.slot().businessDate()).isEqualTo(LocalDate.ofInstant(request.requestedAt(), KOLKATA));
        Fire fire = node.awaitFire(f -> f.trigger().equals(request.triggerName()));
        assertThat(fire.outcome().result()).isEqualTo(Result.COMPLETED);
        assertThat(fire.outcome().slot()).isEqualTo(request.slot());
        assertThat(node.probe().runs()).filteredOn(r -> r.slot().equals(request.slot())).singleElement()
                .extracting(ProbeRun::firedBy).isEqualTo("node-a");
        assertThat(manualRuns.runNow(ProbeJobConfiguration.JOB_NAME).schedule())
                .as("a schedule is also found by its batch job's name").isEqualTo("bank-sync");
        assertThatThrownBy(() -> manualRuns.runNow("nightly-nothing"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("nightly-nothing")
                .hasMessageContaining("bank-sync (probeJob)");
    }

    @Test
    void anExecutionLeftRunningIsRestartedOnlyWhenQuartzSaysItsNodeDied() {
        Slot slot = new Slot(LocalDate.of(2000, 1, 1), "06:00");
        long interrupted = executionLeftStarted(slot);
        BatchJobLauncher launcher = node.bean(BatchJobLauncher.class);

        LaunchOutcome ordinaryFire = launcher.launch(ProbeJobConfiguration.JOB_NAME, slot, "node-a", false);
        LaunchOutcome recoveryFire = launcher.launch(ProbeJobConfiguration.JOB_NAME, slot, "node-a", true);

        assertThat(ordinaryFire.result()).isEqualTo(Result.ALREADY_RUNNING);
        assertThat(ordinaryFire.executionId()).isEqualTo(interrupted);
        assertThat(recoveryFire.result()).isEqualTo(Result.COMPLETED);
        assertThat(recoveryFire.restart()).isTrue();
        assertThat(node.executionsOf(slot)).extracting(JobExecution::getId, JobExecution::getStatus)
                .containsExactly(tuple(interrupted, BatchStatus.FAILED), tuple(recoveryFire.executionId(), BatchStatus.COMPLETED));
    }

    @Test
    void anUnknownBatchJobLaunchesNothingAndSaysWhichJobsExist() {
        LaunchOutcome outcome = node.bean(BatchJobLauncher.class)
                .launch("noSuchJob", new Slot(LocalDate.of(2000, 1, 1), "12:00"), "node-a", false);

        assertThat(outcome.result()).isEqualTo(Result.NOT_LAUNCHED);
        assertThat(outcome.detail()).contains("noSuchJob").contains(ProbeJobConfiguration.JOB_NAME);
    }

    /** The contract with batch-jobs: the job the default schedule launches accepts what a fire passes it. */
    @Test
    void theBankSyncJobAcceptsTheParametersOfAScheduledAndOfAManualSlot() throws Exception {
        Job bankSync = node.bean(JobRegistry.class).getJob("bankSyncJob");

        assertThat(bankSync).as("bankSyncJob from batch-jobs").isNotNull();
        bankSync.getJobParametersValidator().validate(SlotParameters.of(new Slot(LocalDate.of(2024, 5, 1), "06:00"), "node-a"));
        bankSync.getJobParametersValidator().validate(
                SlotParameters.of(Slot.manual(Instant.parse("2024-05-01T09:15:00Z"), KOLKATA), "node-a"));
    }

    /** What a node killed mid-run leaves behind: an execution STARTED that nothing will ever finish. */
    private static long executionLeftStarted(Slot slot) {
        JobRepository jobRepository = node.bean(JobRepository.class);
        JobParameters parameters = SlotParameters.of(slot, "node-dead");
        JobExecution execution = jobRepository.createJobExecution(
                jobRepository.createJobInstance(ProbeJobConfiguration.JOB_NAME, parameters), parameters, new ExecutionContext());
        execution.setStatus(BatchStatus.STARTED);
        execution.setStartTime(LocalDateTime.now());
        jobRepository.update(execution);
        return execution.getId();
    }
}
