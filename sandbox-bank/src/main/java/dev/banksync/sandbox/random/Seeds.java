package dev.banksync.sandbox.random;

import java.util.SplittableRandom;

/**
 * Derives independent, reproducible random streams from the bank's seed. Every stream is keyed by what it is
 * for (user, day, purpose), never by the order in which things were generated, so generating one connection
 * alone, or one more day, never shifts anything else.
 */
public final class Seeds {

    private static final long GOLDEN = 0x9E3779B97F4A7C15L;

    private Seeds() {
    }

    /** The SplitMix64 finaliser: a bijection on 64-bit values with good avalanche. */
    public static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A hash of the seed and the given parts, order-sensitive. */
    public static long of(long seed, long... parts) {
        long h = mix(seed + GOLDEN);
        for (long part : parts) {
            h = mix(h ^ (part + GOLDEN));
        }
        return h;
    }

    /** A random stream for the given key. */
    public static SplittableRandom stream(long seed, long... parts) {
        return new SplittableRandom(of(seed, parts));
    }

    /** A uniform number in [0, 1) from a hash, for one-off decisions that need no stream. */
    public static double unit(long hash) {
        return (hash >>> 11) * 0x1.0p-53;
    }
}
