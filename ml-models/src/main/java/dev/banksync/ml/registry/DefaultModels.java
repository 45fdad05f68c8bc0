package dev.banksync.ml.registry;

import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.ml.categorise.CategoriserModel;
import dev.banksync.ml.categorise.TribuoCategoriser;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The categoriser that ships inside the jar ({@value #RESOURCE}), trained offline from the shipped corpus by
 * {@link dev.banksync.ml.commands.TrainDefaultModel}: a fresh clone categorises with no training, registry or download step.
 * Loaded once; the categoriser is thread-safe and shared.
 */
public final class DefaultModels {

    static final String RESOURCE = "/dev/banksync/ml/model/default-categoriser.zip";
    private static volatile TribuoCategoriser categoriser;

    private DefaultModels() {
    }

    public static Categoriser categoriser() {
        TribuoCategoriser c = categoriser;
        if (c == null) {
            synchronized (DefaultModels.class) {
                c = categoriser;
                if (c == null) {
                    c = new TribuoCategoriser(categoriserModel());
                    categoriser = c;
                }
            }
        }
        return c;
    }

    /** The shipped model itself (for registering it as the first version, or inspecting its card). */
    public static CategoriserModel categoriserModel() {
        try (InputStream in = DefaultModels.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the default categoriser " + RESOURCE + " is missing from the classpath");
            }
            return ModelFiles.read(in, RESOURCE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the default categoriser " + RESOURCE, e);
        }
    }
}
