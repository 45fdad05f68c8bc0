package dev.banksync.stream.categorise;

import dev.banksync.ml.categorise.Categoriser;
import java.io.Serializable;

/**
 * Creates the job's {@link Categoriser} on each task manager, in {@code open()}: the factory travels with the job
 * graph (so it must be serializable), the categoriser and its model do not. Swapping the baseline rules for the
 * trained model is a matter of passing another factory to the job.
 */
@FunctionalInterface
public interface CategoriserFactory extends Serializable {

    Categoriser create();

    /** The rules-only categoriser this module ships, used until a model is wired in. */
    static CategoriserFactory baseline() {
        return BaselineCategoriser::new;
    }
}
