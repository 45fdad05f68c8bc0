package dev.banksync.app.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.banksync.app.cli.DbOptions;
import dev.banksync.app.cli.JsonOutput;
import dev.banksync.app.spring.SpringContexts;
import dev.banksync.batch.sync.connection.BankConnections;
import dev.banksync.batch.sync.token.AccessToken;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.springframework.jdbc.core.JdbcTemplate;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code banksync connections add|relink|link-sandbox}: link bank connections. Access tokens are read from an environment
 * variable (never the command line, which {@code ps} shows), sealed with AES-GCM under BANKSYNC_TOKEN_KEY, and
 * never printed.
 */
@Command(name = "connections", mixinStandardHelpOptions = true, description = "Link bank connections.")
public final class ConnectionsCommand {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    DbOptions db;

    @Option(names = "--json", scope = CommandLine.ScopeType.INHERIT, description = "print the result as JSON")
    boolean json;

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Link one connection of a provider.")
    int add(@Option(names = "--user", required = true, description = "user id") String userId,
            @Option(names = "--provider", required = true, description = "connector name, e.g. sandbox") String provider,
            @Option(names = "--institution", description = "bank name shown to operators") String institution,
            @Option(names = "--external-id", description = "the provider's id of the link") String externalId,
            @Option(names = "--token-env", required = true, description = "environment variable holding the access token")
            String tokenEnv,
            @Option(names = "--window-days", description = "days a window provider fetches, at least 30 (default 30)")
            Integer windowDays) {
        AccessToken token = tokenFrom(tokenEnv);
        if (windowDays != null && windowDays < 30) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--window-days must be at least 30");
        }
        try (var ctx = SpringContexts.batch(db.settings())) {
            BankConnections connections = ctx.getBean(BankConnections.class);
            long id = connections.create(userId, provider, institution, externalId, token);
            if (windowDays != null) {
                connections.windowDays(id, windowDays);
            }
            report(Map.of("connectionId", id, "userId", userId, "provider", provider));
        }
        return 0;
    }

    @Command(name = "relink", mixinStandardHelpOptions = true,
            description = {"Give a connection the access token its user's re-authentication produced: it is ACTIVE"
                    + " again and its last error cleared (a connection in ERROR waits for this)."},
            exitCodeListHeading = "%nExit codes:%n",
            exitCodeList = {"0:relinked", "1:no such connection", "2:bad usage (e.g. the variable is empty)"})
    int relink(@Option(names = "--connection", required = true, description = "connection id") long connectionId,
               @Option(names = "--token-env", required = true,
                       description = "environment variable holding the new access token") String tokenEnv) {
        AccessToken token = tokenFrom(tokenEnv);
        try (var ctx = SpringContexts.batch(db.settings())) {
            ctx.getBean(BankConnections.class).replaceToken(connectionId, token);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("banksync connections relink: " + e.getMessage());
            return 1;
        }
        report(Map.of("connectionId", connectionId, "status", "ACTIVE"));
        return 0;
    }

    /** The token in the environment variable {@code name} (never on the command line, which ps shows). */
    private AccessToken tokenFrom(String name) {
        String token = System.getenv(name);
        if (token == null || token.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "environment variable " + name + " is empty");
        }
        return AccessToken.of(token);
    }

    @Command(name = "link-sandbox", mixinStandardHelpOptions = true,
            description = "Link every connection the sandbox bank offers (idempotent: known ones are skipped).")
    int linkSandbox(@Option(names = "--sandbox-url", defaultValue = "http://localhost:8787",
            description = "sandbox bank base URL (default: ${DEFAULT-VALUE})") URI sandbox,
                    @Option(names = "--limit", defaultValue = "1000", description = "at most this many connections")
                    int limit) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                sandbox.resolve("/sandbox/connections?limit=" + limit)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET " + sandbox + "/sandbox/connections answered " + response.statusCode());
        }
        JsonNode list = new ObjectMapper().readTree(response.body()).get("connections");
        int linked = 0;
        int known = 0;
        try (var ctx = SpringContexts.batch(db.settings())) {
            BankConnections connections = ctx.getBean(BankConnections.class);
            JdbcTemplate jdbc = ctx.getBean(JdbcTemplate.class);
            for (JsonNode c : list) {
                String externalId = c.get("connection_id").asText();
                List<Long> existing = jdbc.queryForList("SELECT connection_id FROM ledger.bank_connections "
                        + "WHERE provider = 'sandbox' AND external_id = ?", Long.class, externalId);
                if (!existing.isEmpty()) {
                    known++;
                    continue;
                }
                connections.create(c.get("user_id").asText(), "sandbox", c.get("institution_name").asText(), externalId,
                        AccessToken.of(c.get("access_token").asText()));
                linked++;
            }
        }
        report(Map.of("linked", linked, "alreadyLinked", known, "sandbox", sandbox.toString()));
        return 0;
    }

    private void report(Map<String, ?> result) {
        if (json) {
            JsonOutput.print(spec.commandLine().getOut(), result);
        } else {
            spec.commandLine().getOut().println(result);
        }
    }
}
