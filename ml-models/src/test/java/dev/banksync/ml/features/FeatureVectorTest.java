package dev.banksync.ml.features;

import org.junit.jupiter.api.Test;

import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FeatureVectorTest {

    @Test
    void compactSortsByIndexAndSumsRepeatsLikeAMap() {
        Random random = new Random(1);
        FeatureVector vector = new FeatureVector();
        for (int round = 0; round < 5; round++) {
            vector.clear();
            TreeMap<Integer, Double> expected = new TreeMap<>();
            int n = 50 + round * 150; // grows past the initial capacity
            for (int i = 0; i < n; i++) {
                int index = random.nextInt(300);
                double value = random.nextDouble();
                vector.add(index, value);
                expected.merge(index, value, Double::sum);
            }

            vector.compact();

            assertThat(vector.size()).isEqualTo(expected.size());
            int i = 0;
            for (var e : expected.entrySet()) {
                assertThat(vector.index(i)).isEqualTo(e.getKey());
                assertThat(vector.value(i)).isCloseTo(e.getValue(), within(1e-12));
                i++;
            }
        }
    }
}
