package dev.banksync.app;

import picocli.CommandLine;

/**
 * A command that fails prints one clear line (not a stack trace) and exits 1; {@code BANKSYNC_DEBUG=1} shows the
 * stack trace. Usage errors are picocli's: usage text and exit 2.
 */
final class CliErrors implements CommandLine.IExecutionExceptionHandler {

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, CommandLine.ParseResult parseResult) {
        if (e instanceof CommandLine.ParameterException pe) {
            throw pe;
        }
        cmd.getErr().println(cmd.getColorScheme().errorText("banksync " + cmd.getCommandName() + ": " + message(e)));
        if ("1".equals(System.getenv("BANKSYNC_DEBUG"))) {
            e.printStackTrace(cmd.getErr());
        }
        return 1;
    }

    private static String message(Throwable e) {
        StringBuilder sb = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && !sb.toString().contains(c.getMessage())) {
                sb.append(": ").append(c.getMessage());
            }
        }
        return sb.toString();
    }
}
