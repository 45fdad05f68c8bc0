package dev.banksync.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.banksync.sandbox.truth.GroundTruth;
import dev.banksync.sandbox.truth.TruthTransaction;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a correct consumer does with /transactions/sync pages: upsert added and modified, delete removed. It also
 * checks each page is consistent with what it already holds (nothing added twice, nothing unknown modified or
 * removed), and compares its result with the ground truth.
 */
final class SyncFold {

    private final Map<String, JsonNode> live = new LinkedHashMap<>();

    void apply(JsonNode page) {
        for (JsonNode t : page.get("added")) {
            assertThat(live).as("added twice: %s", t).doesNotContainKey(t.get("transaction_id").asText());
            live.put(t.get("transaction_id").asText(), t);
        }
        for (JsonNode t : page.get("modified")) {
            assertThat(live).as("modified before added: %s", t).containsKey(t.get("transaction_id").asText());
            live.put(t.get("transaction_id").asText(), t);
        }
        for (JsonNode r : page.get("removed")) {
            assertThat(live).as("removed unknown: %s", r).containsKey(r.get("transaction_id").asText());
            live.remove(r.get("transaction_id").asText());
        }
    }

    Map<String, JsonNode> live() {
        return live;
    }

    /** The folded transactions equal the ground truth, field by field, amounts converted from Plaid's sign. */
    void assertEquals(GroundTruth truth) {
        Map<String, TruthTransaction> expected = new LinkedHashMap<>();
        truth.transactions().forEach(t -> expected.put(t.transactionId(), t));
        assertThat(live.keySet()).as("transaction ids of %s", truth.connectionId())
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (TruthTransaction t : expected.values()) {
            JsonNode j = live.get(t.transactionId());
            assertThat(banksyncMinor(j)).as("amount of %s", t.transactionId()).isEqualTo(t.amountMinor());
            assertThat(j.get("iso_currency_code").asText()).isEqualTo(t.currency());
            assertThat(j.get("account_id").asText()).isEqualTo(t.accountId());
            assertThat(j.get("date").asText()).isEqualTo(t.date().toString());
            assertThat(j.get("pending").asBoolean()).isEqualTo(t.pending());
            assertThat(j.get("name").asText()).isEqualTo(t.name());
            assertThat(text(j, "merchant_name")).isEqualTo(t.merchantName());
            assertThat(text(j, "pending_transaction_id")).isEqualTo(t.pendingTransactionId());
        }
    }

    /** Plaid amount (money out positive, decimal) to banksync minor units (money out negative). */
    static long banksyncMinor(JsonNode transaction) {
        BigDecimal amount = transaction.get("amount").decimalValue();
        int digits = Currency.getInstance(transaction.get("iso_currency_code").asText()).getDefaultFractionDigits();
        return amount.negate().movePointRight(digits).longValueExact();
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
