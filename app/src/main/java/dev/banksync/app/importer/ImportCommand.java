package dev.banksync.app.importer;

import dev.banksync.app.cli.DbOptions;
import dev.banksync.app.cli.JsonOutput;
import dev.banksync.app.spring.SpringContexts;
import dev.banksync.batch.importer.ImportRequest;
import dev.banksync.batch.importer.ImportResult;
import dev.banksync.batch.importer.StatementImportService;
import dev.banksync.batch.ledger.LedgerAccounts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code banksync import --file statement.csv --user u1 --account a1 --currency EUR}: one statement file into the
 * ledger (and the outbox). Exit 0: all rows accepted; 3: imported, but some rows were quarantined in
 * ops.rejected_records; 1: the import failed.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import a bank statement file (CSV, OFX/QFX, camt.052/053/054, MT940) into the ledger.")
public final class ImportCommand implements Callable<Integer> {

    public static final int EXIT_WITH_REJECTED_ROWS = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOptions db;

    @Option(names = "--file", required = true, description = "statement file")
    Path file;

    @Option(names = "--user", required = true, description = "user id the account belongs to")
    String userId;

    @Option(names = "--account", required = true, description = "account id (created when missing)")
    String accountId;

    @Option(names = "--account-name", description = "name for a new account (default: the account id)")
    String accountName;

    @Option(names = "--currency", required = true, description = "ISO-4217 currency of the account, e.g. EUR")
    String currency;

    @Option(names = "--format", defaultValue = "csv",
            description = "csv, ofx (qfx), camt053 (camt, camt052, camt054) or mt940 (sta) (default: ${DEFAULT-VALUE})")
    String format;

    @Option(names = "--profile", defaultValue = "generic",
            description = "CSV: 'generic' (detects columns) or a profile .properties file; OFX/camt/MT940: "
                    + "'account=<identifier>[;charset=<name>]' picks one account of a multi-account file (default: ${DEFAULT-VALUE})")
    String profile;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @Override
    public Integer call() {
        if (!Files.isReadable(file)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--file " + file + " is not a readable file");
        }
        try (var ctx = SpringContexts.batch(db.settings())) {
            ctx.getBean(LedgerAccounts.class).ensure(userId, accountId, accountName != null ? accountName : accountId,
                    currency);
            ImportResult result = ctx.getBean(StatementImportService.class)
                    .importFile(new ImportRequest(file, userId, accountId, format, profile, currency));
            print(result);
            if (!result.succeeded()) {
                return 1;
            }
            return result.rejected() > 0 ? EXIT_WITH_REJECTED_ROWS : 0;
        }
    }

    private void print(ImportResult r) {
        var out = spec.commandLine().getOut();
        if (json) {
            JsonOutput.print(out, r);
            return;
        }
        out.printf("%s: %s — %d read, %d new, %d already known, %d rejected (sync run %s)%n", file.getFileName(),
                r.succeeded() ? "imported" : "FAILED", r.fetched(), r.inserted(), r.duplicatesIgnored(), r.rejected(),
                r.runId());
        if (r.rejected() > 0) {
            out.printf("rejected rows are in ops.rejected_records (run_id = %s) with their line and reason%n", r.runId());
        }
        if (r.error() != null) {
            out.println("error: " + r.error());
        }
    }
}
