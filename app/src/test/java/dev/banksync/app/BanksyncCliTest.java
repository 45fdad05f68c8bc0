package dev.banksync.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class BanksyncCliTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = BanksyncCli.newCommandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void helpListsTheSubcommandsAndExitsZero() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: banksync").contains("db");
    }

    @Test
    void versionNamesTheBuild() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).containsPattern("^banksync \\d+\\.\\d+\\.\\d+");
    }

    @Test
    void unknownSubcommandPrintsUsageAndExitsTwo() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched argument").contains("Usage: banksync");
    }

    @Test
    void badOptionPrintsUsageAndExitsTwo() {
        assertThat(run("db", "migrate", "--no-such-option")).isEqualTo(2);
        assertThat(err.toString()).contains("Unknown option").contains("Usage: banksync db migrate");
    }

    @Test
    void noSubcommandIsAUsageError() {
        assertThat(run()).isEqualTo(2);
        assertThat(err.toString()).contains("subcommand is required");
    }

    @Test
    void everySubcommandHasHelp() {
        CommandLine cli = BanksyncCli.newCommandLine();
        assertSubcommandsHaveHelp(cli);
    }

    private void assertSubcommandsHaveHelp(CommandLine cmd) {
        for (CommandLine sub : cmd.getSubcommands().values()) {
            if (sub.getCommandName().equals("help")) {
                continue;
            }
            assertThat(sub.getCommandSpec().optionsMap()).as(sub.getCommandSpec().qualifiedName())
                    .containsKey("--help");
            assertSubcommandsHaveHelp(sub);
        }
    }
}
