package dev.banksync.sandbox.fault;

/** The provider endpoints faults apply to (the /sandbox/* control endpoints never fail on purpose). */
public enum Endpoint { TRANSACTIONS_SYNC, ACCOUNTS_GET }
