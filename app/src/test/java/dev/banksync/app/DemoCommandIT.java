package dev.banksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * {@code banksync demo --exit --json}, exactly as the README tells a newcomer to run it (minus the API server):
 * its own embedded PostgreSQL, Kafka, Flink and sandbox bank; the insights it prints must equal the bundled
 * statement's totals, and cover every transaction synced from the sandbox bank.
 */
class DemoCommandIT {

    @Test
    void demoPrintsTheBundledStatementsTotals() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = BanksyncCli.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("demo", "--exit", "--json");
        assertThat(code).as(err.toString()).isZero();

        JsonNode result = new ObjectMapper().readTree(out.toString());
        Map<String, long[]> actual = new TreeMap<>();
        for (JsonNode row : result.get("spendingMonthly")) {
            long[] t = actual.computeIfAbsent(row.get("month").asText(), m -> new long[3]);
            t[0] += row.get("spentMinor").asLong();
            t[1] += row.get("receivedMinor").asLong();
            t[2] += row.get("transactionCount").asLong();
        }
        Map<String, long[]> expected = totalsOfBundledStatement();
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((month, t) -> assertThat(actual.get(month)).as(month).containsExactly(t));

        // The embedded sandbox bank, synced twice by bankSyncJob: every live transaction of its users has reached
        // the insights (the demo waits for exactly that), with streams and alerts found among them.
        JsonNode sandbox = result.get("sandbox");
        assertThat(sandbox.get("users").asInt()).isEqualTo(5);
        assertThat(sandbox.get("categorised").asLong()).isGreaterThan(500);
        assertThat(sandbox.get("byModel").asLong()).isBetween(1L, sandbox.get("categorised").asLong());
        assertThat(sandbox.get("recurringStreams").asLong()).isPositive();
        assertThat(sandbox.get("anomalies").asLong()).isPositive();
    }

    /** Month ("2026-09") -> {spent, received, count} over the rows with a valid amount. */
    private static Map<String, long[]> totalsOfBundledStatement() throws Exception {
        Map<String, long[]> totals = new TreeMap<>();
        try (var reader = new BufferedReader(new InputStreamReader(
                DemoCommandIT.class.getResourceAsStream("/demo/demo-statement.csv"), StandardCharsets.UTF_8))) {
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] f = line.split(",");
                if (!f[2].matches("-?\\d+\\.\\d\\d")) {
                    continue;
                }
                long minor = Long.parseLong(f[2].replace(".", ""));
                long[] t = totals.computeIfAbsent(f[0].substring(0, 7), m -> new long[3]);
                t[minor < 0 ? 0 : 1] += Math.abs(minor);
                t[2]++;
            }
        }
        return totals;
    }
}
