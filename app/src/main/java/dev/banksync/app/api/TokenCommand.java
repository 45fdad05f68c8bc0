package dev.banksync.app.api;

import dev.banksync.api.security.ApiTokens;
import dev.banksync.api.security.JwtKeys;
import dev.banksync.app.cli.JsonOutput;
import dev.banksync.core.config.BanksyncEnv;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code banksync api token --user U}: a bearer token for the query API, signed with BANKSYNC_JWT_KEY. */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Mint a query-API token for one user (needs BANKSYNC_JWT_KEY, the key the API verifies with).")
final class TokenCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--user", required = true, description = "the user the token may read")
    String userId;

    @Option(names = "--validity", defaultValue = "PT1H", description = "ISO-8601 duration (default: ${DEFAULT-VALUE})")
    Duration validity;

    @Option(names = "--json", description = "print the token as JSON")
    boolean json;

    @Override
    public Integer call() {
        String key = BanksyncEnv.system().get(BanksyncEnv.JWT_KEY).orElseThrow(() -> new CommandLine.ParameterException(
                spec.commandLine(), "BANKSYNC_JWT_KEY is not set: a token signed with a random key would verify nowhere"));
        String token = new ApiTokens(JwtKeys.fromBase64OrRandom(key)).mint(userId, validity);
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), Map.of("userId", userId, "token", token,
                    "validitySeconds", validity.toSeconds()));
        } else {
            spec.commandLine().getOut().println(token);
        }
        return 0;
    }
}
