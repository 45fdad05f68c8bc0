package dev.banksync.sandbox.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banksync.sandbox.ledger.Change;
import dev.banksync.sandbox.ledger.ChangeLog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConnectionSimulatorTest {

    @Test
    void the_log_of_an_earlier_day_is_a_prefix_of_the_log_of_a_later_day() {
        ConnectionSimulator growing = Simulators.simulatedTo(42, 4, 2);
        List<Change> atDay2 = entries(growing.log(), growing.log().endOf(2));
        growing.advanceTo(9);

        ConnectionSimulator fresh = Simulators.simulatedTo(42, 4, 9);
        List<Change> atDay9 = entries(fresh.log(), fresh.log().endOf(9));

        assertThat(atDay9).startsWith(atDay2.toArray(Change[]::new));
        assertThat(entries(growing.log(), growing.log().endOf(9))).isEqualTo(atDay9);
        assertThat(atDay9.size()).isGreaterThan(atDay2.size());
    }

    @Test
    void every_entry_becomes_visible_on_its_own_day() {
        ChangeLog log = Simulators.simulatedTo(42, 1, 5).log();
        for (int day = -Simulators.HISTORY_DAYS; day <= 5; day++) {
            for (int i = log.endOf(day - 1); i < log.endOf(day); i++) {
                assertThat(log.get(i).day()).isEqualTo(day);
            }
        }
    }

    @Test
    void a_day_not_yet_simulated_has_no_end() {
        ChangeLog log = Simulators.simulatedTo(42, 1, 0).log();

        assertThatThrownBy(() -> log.endOf(1)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("day 1 is not simulated yet");
    }

    private static List<Change> entries(ChangeLog log, int end) {
        List<Change> changes = new ArrayList<>(end);
        for (int i = 0; i < end; i++) {
            changes.add(log.get(i));
        }
        return changes;
    }
}
