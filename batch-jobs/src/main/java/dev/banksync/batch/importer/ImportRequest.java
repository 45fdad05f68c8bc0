package dev.banksync.batch.importer;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A statement file to import into one user's account.
 *
 * @param format   {@code csv} (the default when null)
 * @param profile  for CSV: {@code generic} (the default when null) or the path of a profile properties file
 * @param currency the currency of rows the file does not state one for; null means the account's currency
 */
public record ImportRequest(Path file, String userId, String accountId, String format, String profile,
                            String currency) {

    public ImportRequest {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(accountId, "accountId");
        format = StatementParsers.formatName(format);
        profile = profile == null || profile.isBlank() ? "generic" : profile;
    }

    /** A generic CSV import in the account's currency. */
    public static ImportRequest csv(Path file, String userId, String accountId) {
        return new ImportRequest(file, userId, accountId, null, null, null);
    }
}
