package dev.banksync.sandbox.ledger;

/** What a change-log entry does to its transaction. */
public enum ChangeKind { ADDED, MODIFIED, REMOVED }
