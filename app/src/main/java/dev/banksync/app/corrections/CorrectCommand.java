package dev.banksync.app.corrections;

import dev.banksync.app.cli.DbOptions;
import dev.banksync.app.cli.JsonOutput;
import dev.banksync.batch.ledger.LedgerTransaction;
import dev.banksync.batch.reconcile.CategoryCorrections;
import dev.banksync.core.db.SimpleDataSources;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code banksync correct}: what the app calls when a user fixes a category. */
@Command(name = "correct", mixinStandardHelpOptions = true,
        description = {"Set the category of one of a user's transactions (a correction).",
                "Recorded in ledger.category_overrides and published with a new version of the transaction, so "
                        + "its insights (spending, budgets) follow at once; the user's later transactions from the "
                        + "same merchant get the category too, other users' never."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:corrected", "1:refused (unknown category or transaction, another user's, removed)",
                "2:bad usage"})
public final class CorrectCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOptions db;

    @Option(names = "--user", required = true, description = "the user who owns the transaction")
    String userId;

    @Parameters(index = "0", paramLabel = "TRANSACTION_ID", description = "the ledger transaction id")
    String transactionId;

    @Parameters(index = "1", paramLabel = "CATEGORY",
            description = "a PFC primary (FOOD_AND_DRINK) or detailed category (FOOD_AND_DRINK_COFFEE)")
    String category;

    @Option(names = "--json", description = "print the result as JSON")
    boolean json;

    @Override
    public Integer call() {
        try {
            LedgerTransaction row = new CategoryCorrections(SimpleDataSources.of(db.settings()), Clock.systemUTC())
                    .correct(userId, transactionId, category);
            if (json) {
                Map<String, Object> result = new LinkedHashMap<>();
                result.put("transactionId", row.transactionId());
                result.put("version", row.version());
                result.put("category", CategoryCorrections.normalised(category));
                JsonOutput.print(spec.commandLine().getOut(), result);
            } else {
                spec.commandLine().getOut().printf("%s is now %s (version %d, published through the outbox)%n",
                        row.transactionId(), CategoryCorrections.normalised(category), row.version());
            }
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("banksync correct: " + e.getMessage());
            return 1;
        }
    }
}
