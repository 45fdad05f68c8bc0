package dev.banksync.stream.categorise;

import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.registry.DefaultModels;
import java.io.Serializable;

/**
 * Creates the job's {@link Categoriser} on each task manager, in {@code open()}: the factory travels with the job
 * graph (so it must be serializable), the categoriser and its model do not. Swapping the baseline rules for the
 * trained model is a matter of passing another factory to the job.
 */
@FunctionalInterface
public interface CategoriserFactory extends Serializable {

    Categoriser create();

    /**
     * Whether the model registry's active version, when there is one, replaces what {@link #create()} makes: true
     * for a model, false for fixed rules (a job run with the baseline keeps it, whatever is registered).
     */
    default boolean followsRegistry() {
        return false;
    }

    /** The rules-only categoriser this module ships: MCC groups and a few keywords, no model. */
    static CategoriserFactory baseline() {
        return BaselineCategoriser::new;
    }

    /**
     * The trained model that ml-models ships inside its jar ({@link DefaultModels}): loaded once per task manager JVM
     * and shared, thread-safe; replaced at run time by the model registry's active version when one is activated.
     */
    static CategoriserFactory defaultModel() {
        return new ShippedModel();
    }

    /** The shipped model until the registry has an active version, then that version. */
    final class ShippedModel implements CategoriserFactory {

        @Override
        public Categoriser create() {
            return DefaultModels.categoriser();
        }

        @Override
        public boolean followsRegistry() {
            return true;
        }
    }
}
