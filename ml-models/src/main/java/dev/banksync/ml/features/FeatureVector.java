package dev.banksync.ml.features;

import java.util.Arrays;

/**
 * A sparse vector of hashed feature indices and values, reused across predictions so that scoring allocates
 * nothing per feature. Not thread-safe: one per thread.
 */
public final class FeatureVector {

    private int[] indices = new int[128];
    private double[] values = new double[128];
    private int size;

    public void clear() {
        size = 0;
    }

    public void add(int index, double value) {
        if (size == indices.length) {
            indices = Arrays.copyOf(indices, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        indices[size] = index;
        values[size] = value;
        size++;
    }

    /** Sorts by index and sums the values of repeated indices (a word seen twice, a hash collision). */
    public void compact() {
        // insertion sort: vectors hold ~100 entries, mostly in random order; no boxing, no allocation
        for (int i = 1; i < size; i++) {
            int index = indices[i];
            double value = values[i];
            int j = i - 1;
            while (j >= 0 && indices[j] > index) {
                indices[j + 1] = indices[j];
                values[j + 1] = values[j];
                j--;
            }
            indices[j + 1] = index;
            values[j + 1] = value;
        }
        int out = 0;
        for (int i = 0; i < size; i++) {
            if (out > 0 && indices[out - 1] == indices[i]) {
                values[out - 1] += values[i];
            } else {
                indices[out] = indices[i];
                values[out] = values[i];
                out++;
            }
        }
        size = out;
    }

    public int size() {
        return size;
    }

    public int index(int i) {
        return indices[i];
    }

    public double value(int i) {
        return values[i];
    }
}
