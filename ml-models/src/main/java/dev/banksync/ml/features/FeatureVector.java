package dev.banksync.ml.features;

import java.util.Arrays;

/**
 * A sparse vector of hashed feature indices and values, reused across predictions so that scoring allocates
 * nothing per feature. Not thread-safe: one per thread.
 */
public final class FeatureVector {

    private int[] indices = new int[128];
    private double[] values = new double[128];
    private long[] order = new long[128];
    private double[] sortedValues = new double[128];
    private int size;

    public void clear() {
        size = 0;
    }

    public void add(int index, double value) {
        if (size == indices.length || size == values.length) {
            indices = Arrays.copyOf(indices, size * 2);
            values = Arrays.copyOf(values, size * 2);
        }
        indices[size] = index;
        values[size] = value;
        size++;
    }

    /** Sorts by index and sums the values of repeated indices (a word seen twice, a hash collision). */
    public void compact() {
        // sort (index, position) pairs packed in longs: a primitive sort, no boxing, a buffer reused across calls
        if (order.length < size) {
            order = new long[size * 2];
        }
        for (int i = 0; i < size; i++) {
            order[i] = ((long) indices[i] << 32) | i;
        }
        Arrays.sort(order, 0, size);
        if (sortedValues.length < size) {
            sortedValues = new double[size * 2];
        }
        int out = 0;
        for (int i = 0; i < size; i++) {
            int index = (int) (order[i] >>> 32);
            double value = values[(int) order[i]];
            if (out > 0 && indices[out - 1] == index) {
                sortedValues[out - 1] += value;
            } else {
                indices[out] = index;
                sortedValues[out] = value;
                out++;
            }
        }
        double[] swap = values;
        values = sortedValues;
        sortedValues = swap;
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
