package dev.banksync.sandbox.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpaqueIdsTest {

    @Test
    void ids_are_unique_across_connections_sequences_and_kinds() {
        OpaqueIds ids = new OpaqueIds(42);
        Set<String> seen = new HashSet<>();
        for (int connection = 0; connection < 200; connection++) {
            for (int seq = 0; seq < 500; seq++) {
                assertThat(seen.add(ids.transaction(connection, seq))).isTrue();
            }
            assertThat(seen.add(ids.account(connection, 0))).isTrue();
        }
        assertThat(seen).allMatch(id -> id.length() == 11 && id.matches("[a-zA-Z2-9]+"));
    }

    @Test
    void ids_depend_on_the_seed() {
        assertThat(new OpaqueIds(42).transaction(1, 1)).isEqualTo(new OpaqueIds(42).transaction(1, 1))
                .isNotEqualTo(new OpaqueIds(43).transaction(1, 1));
    }

    @Test
    void out_of_range_inputs_are_refused() {
        assertThatThrownBy(() -> new OpaqueIds(42).transaction(-1, 0)).hasMessageContaining("out of range");
    }
}
