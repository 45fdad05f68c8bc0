package dev.banksync.batch.importer;

import java.nio.file.Path;
import java.util.UUID;
import org.springframework.batch.core.job.parameters.DefaultJobParametersValidator;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.job.parameters.JobParametersValidator;

/** The job parameters of {@code statementImportJob}, in one place. */
public final class ImportParameters {

    public static final String FILE = "file";
    public static final String USER_ID = "userId";
    public static final String ACCOUNT_ID = "accountId";
    public static final String FORMAT = "format";
    public static final String PROFILE = "profile";
    public static final String CURRENCY = "currency";
    /** Makes every import its own job instance: importing a file again is a normal, idempotent new run. */
    public static final String IMPORT_ID = "importId";

    private ImportParameters() {
    }

    public static JobParameters of(ImportRequest request, String currency) {
        JobParametersBuilder builder = new JobParametersBuilder()
                .addString(FILE, request.file().toAbsolutePath().toString())
                .addString(USER_ID, request.userId())
                .addString(ACCOUNT_ID, request.accountId())
                .addString(FORMAT, request.format())
                .addString(PROFILE, request.profile())
                .addString(IMPORT_ID, UUID.randomUUID().toString());
        if (currency != null) {
            builder.addString(CURRENCY, currency);
        }
        return builder.toJobParameters();
    }

    public static JobParametersValidator validator() {
        return new DefaultJobParametersValidator(new String[] {FILE, USER_ID, ACCOUNT_ID},
                new String[] {FORMAT, PROFILE, CURRENCY, IMPORT_ID});
    }

    /** {@code file:<name>}: the sync run's source. */
    public static String runSource(JobParameters parameters) {
        return "file:" + fileName(parameters.getString(FILE));
    }

    static String fileName(String file) {
        return Path.of(file).getFileName().toString();
    }
}
