package dev.banksync.app;

import dev.banksync.app.corrections.CorrectCommand;
import dev.banksync.app.db.DbCommand;
import dev.banksync.app.importer.ImportCommand;
import dev.banksync.app.ops.StatusCommand;
import dev.banksync.app.relay.RelayCommand;
import dev.banksync.app.stream.StreamCommand;
import dev.banksync.app.api.ApiCommand;
import dev.banksync.app.demo.DemoCommand;
import dev.banksync.sandbox.SandboxBankCommand;
import dev.banksync.app.sync.SyncCommand;
import dev.banksync.app.users.UsersCommand;
import dev.banksync.app.ml.MlCommand;
import dev.banksync.app.sync.ConnectionsCommand;
import dev.banksync.app.schedules.SchedulerCommand;
import dev.banksync.app.schedules.SchedulesCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The one {@code banksync} command. Subcommands are registered by feature; each has {@code --help}, exit codes
 * 0 (ok), 1 (failed) and 2 (usage error), and a {@code --json} mode where its output is data.
 */
@Command(name = "banksync",
        mixinStandardHelpOptions = true,
        versionProvider = BanksyncVersion.class,
        description = "Bank sync, reconciliation and real-time insights.",
        subcommands = {DemoCommand.class, DbCommand.class, ImportCommand.class, ConnectionsCommand.class,
                SyncCommand.class, SchedulerCommand.class, SchedulesCommand.class, RelayCommand.class,
                StatusCommand.class, CorrectCommand.class, UsersCommand.class, StreamCommand.class, ApiCommand.class, MlCommand.class, SandboxBankCommand.class, CommandLine.HelpCommand.class})
public final class BanksyncCli implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the CLI and returns its exit code (tests call this instead of {@link #main}). */
    public static int run(String... args) {
        return newCommandLine().execute(args);
    }

    public static CommandLine newCommandLine() {
        CommandLine cli = new CommandLine(new BanksyncCli());
        cli.setExecutionExceptionHandler(new CliErrors());
        cli.setParameterExceptionHandler(BanksyncCli::badUsage);
        StreamCommand.addJobUsage(cli.getSubcommands().get("stream"));
        return cli;
    }

    /** A usage error: the message, picocli's "did you mean" suggestions when it has any, then always the usage. */
    private static int badUsage(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        java.io.PrintWriter err = command.getErr();
        err.println(e.getMessage());
        CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
        command.usage(err);
        err.flush();
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    @Override
    public void run() {
        // `banksync` alone: show what it can do; that is a usage error for scripts.
        throw new CommandLine.ParameterException(spec.commandLine(), "a subcommand is required");
    }
}
