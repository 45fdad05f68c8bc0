package dev.banksync.stream.reference;

import dev.banksync.ml.categorise.Categoriser;
import java.io.Serializable;
import java.util.Optional;

/**
 * Reads the current {@link ReferenceData}. Serializable because it travels with the job graph to the source and to
 * the operators that load a first snapshot when they open; tests pass a lambda.
 */
@FunctionalInterface
public interface ReferenceDataLoader extends Serializable {

    ReferenceData load() throws Exception;

    /** The registered categoriser of this version (see {@link ReferenceData#activeModelVersion()}), if it exists. */
    default Optional<Categoriser> categoriser(String version) throws Exception {
        return Optional.empty();
    }

    /** No configuration at all: for jobs and tests without a database. */
    static ReferenceDataLoader none() {
        return () -> ReferenceData.EMPTY;
    }
}
