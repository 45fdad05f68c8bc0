package dev.banksync.sandbox.random;

import java.util.List;
import java.util.SplittableRandom;

/** Small sampling helpers over a {@link SplittableRandom}. */
public final class Draw {

    private static final String ALNUM = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";

    private Draw() {
    }

    public static boolean chance(SplittableRandom rng, double probability) {
        return rng.nextDouble() < probability;
    }

    public static <T> T pick(SplittableRandom rng, List<T> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("cannot pick from an empty list");
        }
        return items.get(rng.nextInt(items.size()));
    }

    /** An integer in [min, max], both inclusive. */
    public static int between(SplittableRandom rng, int min, int max) {
        return min + rng.nextInt(max - min + 1);
    }

    public static double between(SplittableRandom rng, double min, double max) {
        return min + (max - min) * rng.nextDouble();
    }

    /** A Poisson count (Knuth's method; fine for the small daily rates used here). */
    public static int poisson(SplittableRandom rng, double mean) {
        if (mean <= 0) {
            return 0;
        }
        double limit = Math.exp(-mean);
        double product = rng.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= rng.nextDouble();
        }
        return count;
    }

    public static String digits(SplittableRandom rng, int length) {
        StringBuilder s = new StringBuilder(length);
        s.append((char) ('1' + rng.nextInt(9)));
        for (int i = 1; i < length; i++) {
            s.append((char) ('0' + rng.nextInt(10)));
        }
        return s.toString();
    }

    /** Upper-case letters and digits, as in card-processor order references. */
    public static String reference(SplittableRandom rng, int length) {
        StringBuilder s = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            s.append(ALNUM.charAt(rng.nextInt(ALNUM.length())));
        }
        return s.toString();
    }
}
