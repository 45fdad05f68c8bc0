package dev.banksync.batch.sync;

import java.time.LocalDate;
import org.springframework.batch.core.job.parameters.InvalidJobParametersException;
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

    /**
     * Requires a business date and a slot and checks the types of the three known parameters; launchers may add
     * others (the scheduler adds a non-identifying {@code firedBy}).
     */
    public static JobParametersValidator validator() {
        return parameters -> {
            try {
                if (parameters == null || parameters.getLocalDate(BUSINESS_DATE) == null) {
                    throw new InvalidJobParametersException("bankSyncJob needs the LocalDate parameter "
                            + BUSINESS_DATE);
                }
                String slot = parameters.getString(SLOT);
                if (slot == null || slot.isBlank()) {
                    throw new InvalidJobParametersException("bankSyncJob needs the String parameter " + SLOT);
                }
                parameters.getLong(CONNECTION_ID);
            } catch (IllegalArgumentException wrongType) {
                throw new InvalidJobParametersException("bankSyncJob: " + wrongType.getMessage());
            }
        };
    }
}
