package dev.banksync.schedules.launch;

import dev.banksync.schedules.slot.Slot;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;

/**
 * The job parameters a scheduled launch passes. {@code businessDate} (a {@link LocalDate}) and {@code slot} (a
 * String such as "06:00") are identifying: they name the job instance, so a second fire of the same slot meets
 * the instance of the first. {@code firedBy} (the Quartz scheduler instance) is not identifying; it tells an
 * operator which node ran an execution.
 */
public final class SlotParameters {

    public static final String BUSINESS_DATE = "businessDate";
    public static final String SLOT = "slot";
    public static final String FIRED_BY = "firedBy";

    private SlotParameters() {
    }

    public static JobParameters of(Slot slot, String firedBy) {
        return new JobParametersBuilder()
                .addLocalDate(BUSINESS_DATE, slot.businessDate(), true)
                .addString(SLOT, slot.label(), true)
                .addString(FIRED_BY, firedBy, false)
                .toJobParameters();
    }

    /** The slot an execution ran for, or empty when it was not launched by a schedule. */
    public static Optional<Slot> slotOf(JobParameters parameters) {
        LocalDate businessDate = parameters.getLocalDate(BUSINESS_DATE);
        String label = parameters.getString(SLOT);
        return businessDate == null || label == null ? Optional.empty() : Optional.of(new Slot(businessDate, label));
    }

    public static Optional<String> firedBy(JobParameters parameters) {
        return Optional.ofNullable(parameters.getString(FIRED_BY));
    }
}
