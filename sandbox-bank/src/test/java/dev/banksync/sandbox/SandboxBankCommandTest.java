package dev.banksync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.sandbox.fault.FaultKind;
import dev.banksync.sandbox.fault.FaultRule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SandboxBankCommandTest {

    @Test
    void options_become_the_bank_configuration() {
        SandboxBankCommand command = new SandboxBankCommand();
        new CommandLine(command).parseArgs("--port", "0", "--seed", "7", "--users", "250", "--start-date",
                "2026-03-02", "--history-days", "30", "--host", "0.0.0.0", "--fault", "RATE_LIMIT:rate=0.1",
                "--fault", "EXPIRED_TOKEN:connection=conn-00002");

        SandboxConfig config = command.toConfig();

        assertThat(config.port()).isZero();
        assertThat(config.seed()).isEqualTo(7);
        assertThat(config.users()).isEqualTo(250);
        assertThat(config.startDate()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(config.historyDays()).isEqualTo(30);
        assertThat(config.host()).isEqualTo("0.0.0.0");
        assertThat(config.faults()).containsExactly(FaultRule.of(FaultKind.RATE_LIMIT).withRate(0.1),
                FaultRule.of(FaultKind.EXPIRED_TOKEN).forConnection("conn-00002"));
    }

    @Test
    void without_options_it_is_the_documented_default_bank() {
        SandboxBankCommand command = new SandboxBankCommand();
        new CommandLine(command).parseArgs();

        assertThat(command.toConfig()).isEqualTo(SandboxConfig.defaults().withPort(SandboxConfig.DEFAULT_PORT));
    }

    @Test
    void bad_options_are_usage_errors_that_name_the_problem() {
        StringWriter err = new StringWriter();
        int users = run(err, "--users", "0");
        assertThat(users).isEqualTo(2);
        assertThat(err.toString()).contains("users must be between 1 and 1000000, got 0");

        StringWriter err2 = new StringWriter();
        assertThat(run(err2, "--fault", "LIGHTNING")).isEqualTo(2);
        assertThat(err2.toString()).contains("--fault: unknown fault kind 'LIGHTNING'");

        StringWriter err3 = new StringWriter();
        assertThat(run(err3, "--start-date", "yesterday")).isEqualTo(2);
        assertThat(err3.toString()).contains("--start-date");
    }

    @Test
    void help_lists_the_options() {
        StringWriter out = new StringWriter();
        CommandLine cli = new CommandLine(new SandboxBankCommand()).setOut(new PrintWriter(out));

        assertThat(cli.execute("--help")).isZero();
        assertThat(out.toString()).contains("--port", "--seed", "--users", "--start-date", "--fault");
    }

    private static int run(StringWriter err, String... args) {
        return new CommandLine(new SandboxBankCommand()).setErr(new PrintWriter(err)).execute(args);
    }
}
