package dev.banksync.sandbox;

import picocli.CommandLine;

/**
 * Standalone entry point: {@code java -cp ... dev.banksync.sandbox.SandboxBankServer --port 8787 --seed 42
 * --users 50 --start-date 2026-01-05}. Exit codes: 0 stopped normally, 1 failed, 2 bad options.
 */
public final class SandboxBankServer {

    private SandboxBankServer() {
    }

    public static void main(String[] args) {
        System.exit(new CommandLine(new SandboxBankCommand()).execute(args));
    }
}
