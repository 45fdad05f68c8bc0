package dev.banksync.schedules.probe;

import dev.banksync.schedules.launch.SlotParameters;
import dev.banksync.schedules.slot.Slot;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.batch.core.job.parameters.JobParameters;

/** What the probe job saw of each run, and a switch to make its next run fail. */
public class ProbeRuns {

    /** One run of the probe job: the parameters it was launched with, as the job itself read them. */
    public record ProbeRun(long executionId, Slot slot, String firedBy) {
    }

    private final List<ProbeRun> runs = new CopyOnWriteArrayList<>();
    private final AtomicBoolean failNext = new AtomicBoolean();

    void record(long executionId, JobParameters parameters) {
        if (failNext.compareAndSet(true, false)) {
            throw new IllegalStateException("probe failure asked for by the test");
        }
        runs.add(new ProbeRun(executionId, SlotParameters.slotOf(parameters).orElseThrow(),
                parameters.getString(SlotParameters.FIRED_BY)));
    }

    public void failNextRun() {
        failNext.set(true);
    }

    public List<ProbeRun> runs() {
        return List.copyOf(runs);
    }
}
