package dev.banksync.batch.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class StatementIdentitiesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 2);
    private static final Money COFFEE = Money.ofMinor(-350, "EUR");

    @Test
    void twoIdenticalCoffeesOnOneDayAreTwoTransactions() {
        StatementIdentities ids = new StatementIdentities("acc-1", "file:csv");
        String fingerprint = StatementIdentities.fingerprint("acc-1", DAY, COFFEE, "Coffee Bar");

        StatementIdentities.Identity first = ids.next(DAY, COFFEE, "Coffee Bar");
        StatementIdentities.Identity second = ids.next(DAY, COFFEE, "COFFEE  bar ");
        StatementIdentities.Identity other = ids.next(DAY, COFFEE, "Tea Room");

        assertThat(first.externalId()).isEqualTo(fingerprint + ":1");
        assertThat(second.externalId()).isEqualTo(fingerprint + ":2");
        assertThat(other.externalId()).endsWith(":1").doesNotStartWith(fingerprint);
        assertThat(first.transactionId()).isNotEqualTo(second.transactionId()).startsWith("t_");
    }

    @Test
    void theSameFileGivesTheSameIdsEveryTime() {
        StatementIdentities once = new StatementIdentities("acc-1", "file:csv");
        StatementIdentities again = new StatementIdentities("acc-1", "file:csv");
        for (int i = 0; i < 3; i++) {
            assertThat(again.next(DAY, COFFEE, "Coffee")).isEqualTo(once.next(DAY, COFFEE, "Coffee"));
        }
    }

    @Test
    void everyFingerprintedFieldMatters() {
        String base = StatementIdentities.fingerprint("acc-1", DAY, COFFEE, "Coffee");
        assertThat(StatementIdentities.fingerprint("acc-2", DAY, COFFEE, "Coffee")).isNotEqualTo(base);
        assertThat(StatementIdentities.fingerprint("acc-1", DAY.plusDays(1), COFFEE, "Coffee")).isNotEqualTo(base);
        assertThat(StatementIdentities.fingerprint("acc-1", DAY, Money.ofMinor(-351, "EUR"), "Coffee")).isNotEqualTo(base);
        assertThat(StatementIdentities.fingerprint("acc-1", DAY, Money.ofMinor(-350, "USD"), "Coffee")).isNotEqualTo(base);
        assertThat(StatementIdentities.fingerprint("acc-1", DAY, COFFEE, "Coffee!")).isNotEqualTo(base);
        assertThat(StatementIdentities.fingerprint("acc-1", DAY, COFFEE, "ＣＯＦＦＥＥ")).as("full-width letters").isEqualTo(base);
    }

    @Test
    void transactionIdsAreDeterministicPerAccountSourceAndExternalId() {
        String id = StatementIdentities.transactionId("acc-1", "file:csv", "x:1");
        assertThat(StatementIdentities.transactionId("acc-1", "file:csv", "x:1")).isEqualTo(id);
        assertThat(StatementIdentities.transactionId("acc-1", "file:ofx", "x:1")).isNotEqualTo(id);
        assertThat(StatementIdentities.transactionId("acc-1f", "ile:csv", "x:1")).as("fields cannot slide").isNotEqualTo(id);
        assertThat(id).matches("t_[0-9a-f]{32}");
    }
}
