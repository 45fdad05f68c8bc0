package dev.banksync.app.users;

import dev.banksync.app.cli.DbOptions;
import dev.banksync.app.cli.JsonOutput;
import dev.banksync.batch.ledger.LedgerUsers;
import dev.banksync.core.db.SimpleDataSources;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code banksync users set}: what the app (or an operator) calls when a user's time zone or currency changes. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Describe the ledger's users.")
public final class UsersCommand {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOptions db;

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = {"Create or update a user: the time zone their days and months are counted in "
                    + "(forecasts, overdue recurring payments, the API's default month) and their home currency.",
                    "The stream job takes a new zone with the user's next transaction event."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:set", "1:refused (unknown time zone or currency)", "2:bad usage"})
    int set(@Option(names = "--user", required = true, description = "user id") String userId,
            @Option(names = "--time-zone", description = "IANA time zone id, e.g. Asia/Kolkata") String timeZone,
            @Option(names = "--home-currency", description = "ISO-4217 code, e.g. INR") String homeCurrency,
            @Option(names = "--json", description = "print the result as JSON") boolean json) {
        try {
            LedgerUsers.User user = new LedgerUsers(new JdbcTemplate(SimpleDataSources.of(db.settings())))
                    .upsert(userId, timeZone, homeCurrency);
            if (json) {
                Map<String, Object> out = new LinkedHashMap<>();
                out.put("userId", user.userId());
                out.put("timeZone", user.timeZone());
                out.put("homeCurrency", user.homeCurrency());
                JsonOutput.print(spec.commandLine().getOut(), out);
            } else {
                spec.commandLine().getOut().printf("user %s: time zone %s, home currency %s%n", user.userId(),
                        user.timeZone(), user.homeCurrency());
            }
            return 0;
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("banksync users set: " + e.getMessage());
            return 1;
        }
    }
}
