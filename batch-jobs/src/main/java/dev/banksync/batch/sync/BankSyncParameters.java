package dev.banksync.batch.sync;

import java.time.LocalDate;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/**
 * The parameters of {@code bankSyncJob}, all identifying: one job instance per business date and slot (and
 * connection, for a sync of one). Launching the same slot again finds the instance: complete, it is not run again;
 * failed or crashed, it is restarted and only the connections that did not finish are synced.
 */
public final class BankSyncParameters {

    public static final String BUSINESS_DATE = "businessDate";
    public static final String SLOT = "slot";
    /** Present only for a sync of a single connection. */
    public static final String CONNECTION_ID = "connectionId";

    private BankSyncParameters() {
    }

    public static JobParameters of(LocalDate businessDate, String slot, Long connectionId) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addLocalDate(BUSINESS_DATE, businessDate)
                .addString(SLOT, slot);
        if (connectionId != null) {
            builder.addLong(CONNECTION_ID, connectionId);
        }
        return builder.toJobParameters();
    }

    public static JobParametersValidator validator() {
        return new DefaultJobParametersValidator(new String[] {BUSINESS_DATE, SLOT}, new String[] {CONNECTION_ID});
    }
}
