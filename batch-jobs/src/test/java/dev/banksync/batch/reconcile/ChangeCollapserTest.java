package dev.banksync.batch.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.core.event.TransactionEvent.TransactionStatus;
import dev.banksync.core.money.Money;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChangeCollapserTest {

    @Test
    void theLastChangeOfATransactionWinsAndTakesItsPosition() {
        IncomingChange a1 = upsert("acc", "a", -100);
        IncomingChange b1 = upsert("acc", "b", -200);
        IncomingChange a2 = upsert("acc", "a", -150);
        IncomingChange bRemoved = new IncomingChange.Removal("acc", "u", "b");
        IncomingChange c1 = upsert("acc", "c", -300);

        assertThat(ChangeCollapser.collapse(List.of(a1, b1, a2, bRemoved, c1))).containsExactly(a2, bRemoved, c1);
    }

    @Test
    void theSameExternalIdInTwoAccountsIsTwoTransactions() {
        IncomingChange first = upsert("acc-1", "x", -100);
        IncomingChange second = upsert("acc-2", "x", -100);

        assertThat(ChangeCollapser.collapse(List.of(first, second))).containsExactly(first, second);
    }

    private static IncomingChange upsert(String account, String id, long minor) {
        return new IncomingChange.Upsert(new IncomingTransaction(account, "u", id, null, TransactionStatus.POSTED,
                LocalDate.of(2026, 1, 5), null, null, Money.ofMinor(minor, "USD"), "x", null, null));
    }
}
