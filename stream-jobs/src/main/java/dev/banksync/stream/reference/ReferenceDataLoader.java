package dev.banksync.stream.reference;

import java.io.Serializable;

/**
 * Reads the current {@link ReferenceData}. Serializable because it travels with the job graph to the source and to
 * the operators that load a first snapshot when they open; tests pass a lambda.
 */
@FunctionalInterface
public interface ReferenceDataLoader extends Serializable {

    ReferenceData load() throws Exception;

    /** No configuration at all: for jobs and tests without a database. */
    static ReferenceDataLoader none() {
        return () -> ReferenceData.EMPTY;
    }
}
