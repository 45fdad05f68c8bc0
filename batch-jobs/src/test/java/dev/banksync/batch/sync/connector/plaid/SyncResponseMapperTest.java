package dev.banksync.batch.sync.connector.plaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banksync.batch.sync.connector.BankAccount.AccountKind;
import dev.banksync.batch.sync.connector.BankTransaction;
import dev.banksync.batch.sync.connector.SyncPage;
import dev.banksync.batch.sync.connector.UnreadableRecord;
import dev.banksync.core.money.Money;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SyncResponseMapperTest {

    private static final String ACCOUNT = """
            {"account_id": "acc-1", "name": "Checking", "mask": "4821", "type": "depository", "subtype": "checking",
             "balances": {"current": 10.00, "iso_currency_code": "USD"}}""";

    @Test
    void readsAPageInBanksyncsConventionsAndQuarantinesWhatItCannotRead() throws Exception {
        SyncPage page = SyncResponseMapper.page(PlaidStyleJson.MAPPER.readTree("""
                {"accounts": [%s],
                 "added": [
                   {"transaction_id": "t1", "account_id": "acc-1", "amount": 12.50, "iso_currency_code": "USD",
                    "date": "2026-01-05", "authorized_date": "2026-01-03", "name": "SQ *BLUE BOTTLE",
                    "authorized_datetime": "2026-01-03T17:21:09Z",
                    "merchant_name": "Blue Bottle", "pending": false, "pending_transaction_id": "p1", "mcc": "5814"},
                   {"transaction_id": "t2", "account_id": "acc-1", "amount": -2556.92, "iso_currency_code": "USD",
                    "date": "2026-01-05", "name": "PAYROLL ACME", "pending": false},
                   {"transaction_id": "t3", "account_id": "acc-1", "amount": 1.005, "iso_currency_code": "USD",
                    "date": "2026-01-05", "name": "X", "pending": false},
                   {"transaction_id": "t4", "account_id": "acc-1", "amount": 1.00, "iso_currency_code": "USD",
                    "name": "NO DATE", "pending": false},
                   {"transaction_id": "t6", "account_id": "acc-1", "amount": 1.00, "iso_currency_code": "USD",
                    "date": "2026-01-05", "authorized_datetime": "yesterday", "name": "X", "pending": false},
                   {"transaction_id": "t5", "account_id": "acc-1", "amount": 1.00, "unofficial_currency_code": "BTC",
                    "date": "2026-01-05", "name": "COINS", "pending": false},
                   {"transaction_id": "t7", "account_id": "acc-1", "amount": 92233720368547758.07,
                    "iso_currency_code": "USD", "date": "2026-01-05", "name": "ABSURD", "pending": false}],
                 "modified": [],
                 "removed": [{"transaction_id": "t0", "account_id": "acc-1"}, {"account_id": "acc-1"}],
                 "next_cursor": "c-2", "has_more": true}""".formatted(ACCOUNT)));

        assertThat(page.added()).extracting(BankTransaction::externalId).containsExactly("t1", "t2");
        BankTransaction coffee = page.added().get(0);
        assertThat(coffee.amount()).as("money out is negative").isEqualTo(Money.ofMinor(-1250, "USD"));
        assertThat(coffee).extracting(BankTransaction::pendingExternalId, BankTransaction::authorizedDate,
                BankTransaction::authorizedAt, BankTransaction::merchant).containsExactly("p1",
                LocalDate.of(2026, 1, 3), java.time.Instant.parse("2026-01-03T17:21:09Z"), "Blue Bottle");
        assertThat(page.added().get(1).authorizedAt()).as("optional").isNull();
        assertThat(page.added().get(1).amount()).isEqualTo(Money.ofMinor(255692, "USD"));
        assertThat(page.removed()).hasSize(1);
        assertThat(page.unreadable()).extracting(UnreadableRecord::location, UnreadableRecord::field).containsExactly(
                org.assertj.core.groups.Tuple.tuple("added[2]", "amount"),
                org.assertj.core.groups.Tuple.tuple("added[3]", "date"),
                org.assertj.core.groups.Tuple.tuple("added[4]", "authorized_datetime"),
                org.assertj.core.groups.Tuple.tuple("added[5]", "iso_currency_code"),
                org.assertj.core.groups.Tuple.tuple("added[6]", "amount"),
                org.assertj.core.groups.Tuple.tuple("removed[1]", "transaction_id"));
        assertThat(page.unreadable().get(4).reason()).contains("magnitude above 10000000000000 minor units");
        assertThat(page.unreadable().get(2).reason()).contains("'yesterday'");
        assertThat(page.unreadable().get(3).reason()).contains("unofficial currency 'BTC'");
        assertThat(page.unreadable().get(0).raw()).contains("\"t3\"");
        assertThat(page.accounts()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(AccountKind.CHECKING);
            assertThat(a.currency()).isEqualTo("USD");
        });
        assertThat(page.nextCursor()).isEqualTo("c-2");
        assertThat(page.hasMore()).isTrue();
    }

    @Test
    void aResponseWithoutItsPagingFieldsIsNotAPage() throws Exception {
        assertThatThrownBy(() -> SyncResponseMapper.page(PlaidStyleJson.MAPPER.readTree("{\"added\": []}")))
                .hasMessageContaining("next_cursor");
    }

    @Test
    void accountTypesMapOntoTheLedgersTypes() {
        assertThat(SyncResponseMapper.kind("depository", "savings")).isEqualTo(AccountKind.SAVINGS);
        assertThat(SyncResponseMapper.kind("credit", "credit card")).isEqualTo(AccountKind.CREDIT_CARD);
        assertThat(SyncResponseMapper.kind("loan", "mortgage")).isEqualTo(AccountKind.LOAN);
        assertThat(SyncResponseMapper.kind(null, null)).isEqualTo(AccountKind.OTHER);
    }
}
