package dev.banksync.ml.features;

/**
 * Hashes feature names into a fixed index space without building the names as strings: a namespace seed, then
 * the characters (FNV-1a), then MurmurHash3's finaliser so nearby inputs spread over all bits.
 */
final class FeatureHasher {

    private static final int FNV_PRIME = 0x01000193;

    private FeatureHasher() {
    }

    static int start(int namespace) {
        return 0x811c9dc5 ^ (namespace * 0x9e3779b9);
    }

    static int mix(int h, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            h = (h ^ s.charAt(i)) * FNV_PRIME;
        }
        return h;
    }

    static int mix(int h, char c) {
        return (h ^ c) * FNV_PRIME;
    }

    static int mix(int h, int value) {
        return (h ^ value) * FNV_PRIME;
    }

    static int finish(int h, int mask) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return h & mask;
    }
}
