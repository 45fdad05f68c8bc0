package dev.banksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** One run of the {@code banksync} command line in this JVM, as the tests drive it: what it printed, and where. */
record CliRun(String out, String err) {

    /** Runs {@code args}, asserting the exit code (the message shows the command and what it printed on stderr). */
    static CliRun expecting(int exitCode, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = BanksyncCli.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        assertThat(cli.execute(args)).as(String.join(" ", args) + "\n" + err).isEqualTo(exitCode);
        return new CliRun(out.toString(), err.toString());
    }

    /** What it printed on stdout, read as JSON (for {@code --json} runs). */
    JsonNode json() throws Exception {
        return new ObjectMapper().readTree(out);
    }
}
