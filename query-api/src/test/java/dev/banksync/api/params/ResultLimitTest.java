package dev.banksync.api.params;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ResultLimitTest {

    @Test
    void defaultsAndAcceptsOneToMax() {
        assertThat(ResultLimit.of(null)).isEqualTo(ResultLimit.DEFAULT);
        assertThat(ResultLimit.of(1)).isEqualTo(1);
        assertThat(ResultLimit.of(ResultLimit.MAX)).isEqualTo(ResultLimit.MAX);
    }

    @Test
    void rejectsOutOfRangeNamingTheParameter() {
        assertThatThrownBy(() -> ResultLimit.of(0)).hasMessage("limit must be between 1 and 1000, was 0");
        assertThatThrownBy(() -> ResultLimit.of(ResultLimit.MAX + 1)).hasMessageStartingWith("limit must be");
    }
}
