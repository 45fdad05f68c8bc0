package dev.banksync.ml.features;

/**
 * The names Tribuo knows hashed features by: the index in decimal. Cached, because the generic scoring path asks
 * for a name per feature per prediction.
 */
public final class FeatureNames {

    private static final String[] NAMES = new String[TransactionFeatures.DIMENSION];

    private FeatureNames() {
    }

    public static String of(int index) {
        String name = NAMES[index];
        if (name == null) {
            name = Integer.toString(index); // a benign race: every thread computes the same string
            NAMES[index] = name;
        }
        return name;
    }

    /** The index a name stands for; a clear error for a name this module never wrote. */
    public static int indexOf(String name) {
        try {
            int index = Integer.parseInt(name);
            if (index >= 0 && index < TransactionFeatures.DIMENSION) {
                return index;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new IllegalArgumentException("feature '" + name + "' is not a hashed transaction feature");
    }
}
