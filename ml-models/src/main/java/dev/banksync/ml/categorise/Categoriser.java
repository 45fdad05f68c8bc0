package dev.banksync.ml.categorise;

/**
 * Decides a transaction's category from what the bank said about it. Plain Java, thread-safe, no framework:
 * the stream job and the CLI ({@code banksync ml predict|evaluate}) call it the same way.
 */
public interface Categoriser {

    Prediction predict(CategoriserInput input);

    /** Which model (or rule set) decided, for provenance, e.g. {@code "tribuo-sgd-20261121-1"}. */
    String version();
}
