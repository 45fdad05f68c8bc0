package dev.banksync.api.categories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.api.ApiTestServer;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Transaction categories over HTTP as the API reader login: exact rows, only the caller's, selected by booking date
 * (not by when they were decided), paging.
 */
@ExtendWith(BanksyncPostgres.class)
class CategoriesApiIT {

    private static final String PATH = "/api/v1/users/u1/transactions/categories";

    @Test
    void servesEachTransactionsCategoryToItsOwnerOnly(TestDatabase db) {
        db.execute("""
                INSERT INTO insights.transaction_categories (transaction_id, user_id, booked_on, category, confidence,
                  uncertain, decided_by, model_version, merchant, updated_at, detailed_category) VALUES
                  ('t1', 'u1', '2026-01-05', 'FOOD_AND_DRINK', 0.9312, false, 'MODEL', 'cat-2026.01', 'Blue Bottle',
                   '2026-01-05 10:00:00+00', 'FOOD_AND_DRINK_COFFEE'),
                  ('t2', 'u1', '2026-01-31', 'TRANSPORTATION', 1, false, 'RULE', NULL, 'Uber', '2026-02-01 00:30:00+01',
                   NULL),
                  ('t3', 'u1', '2026-01-20', 'GENERAL_MERCHANDISE', 1, false, 'USER', NULL, 'Amazon',
                   '2026-03-02 08:00:00+00', NULL),
                  ('t4', 'u1', '2026-02-01', 'UNCATEGORIZED', 0.2100, true, 'DEFAULT', 'cat-2026.01', NULL,
                   '2026-02-01 00:00:00+00', NULL),
                  ('t5', 'u2', '2026-01-06', 'FOOD_AND_DRINK', 0.9900, false, 'MODEL', 'cat-2026.01', 'Blue Bottle',
                   '2026-01-06 09:00:00+00', 'FOOD_AND_DRINK_COFFEE')
                """);
        var t1 = new TransactionCategory("t1", LocalDate.parse("2026-01-05"), "FOOD_AND_DRINK",
                new BigDecimal("0.9312"), false, "MODEL", "cat-2026.01", "Blue Bottle", Instant.parse("2026-01-05T10:00:00Z"),
                "FOOD_AND_DRINK_COFFEE");
        var t2 = new TransactionCategory("t2", LocalDate.parse("2026-01-31"), "TRANSPORTATION", new BigDecimal("1.0000"),
                false, "RULE", null, "Uber", Instant.parse("2026-01-31T23:30:00Z"), null);
        // corrected by its user in March: still a January purchase
        var t3 = new TransactionCategory("t3", LocalDate.parse("2026-01-20"), "GENERAL_MERCHANDISE",
                new BigDecimal("1.0000"), false, "USER", null, "Amazon", Instant.parse("2026-03-02T08:00:00Z"), null);
        var t4 = new TransactionCategory("t4", LocalDate.parse("2026-02-01"), "UNCATEGORIZED", new BigDecimal("0.2100"),
                true, "DEFAULT", "cat-2026.01", null, Instant.parse("2026-02-01T00:00:00Z"), null);

        try (ApiTestServer api = ApiTestServer.start(db.loginAs("banksync_api_reader"))) {
            assertThat(api.list(PATH + "?month=2026-01", "u1", TransactionCategory.class)).containsExactly(t1, t2, t3);
            assertThat(api.list(PATH + "?month=2026-02", "u1", TransactionCategory.class)).containsExactly(t4);
            assertThat(api.list(PATH + "?from=2026-01-20&to=2026-02-01", "u1", TransactionCategory.class))
                    .containsExactly(t2, t3, t4);
            assertThat(api.list(PATH + "?month=2025-12", "u1", TransactionCategory.class)).isEmpty();
            assertThat(api.list(PATH + "?month=2026-03", "u1", TransactionCategory.class))
                    .as("decided in March, booked in January").isEmpty();

            // pages: the next page starts after the last transaction id of the previous one
            assertThat(api.list(PATH + "?month=2026-01&limit=2", "u1", TransactionCategory.class)).containsExactly(t1, t2);
            assertThat(api.list(PATH + "?month=2026-01&limit=2&after=t2", "u1", TransactionCategory.class))
                    .containsExactly(t3);

            api.assertOnlyOwnerMayRead(PATH + "?month=2026-01", "u1", "u2");
            assertThat(api.list("/api/v1/users/u2/transactions/categories?month=2026-01", "u2", TransactionCategory.class))
                    .extracting(TransactionCategory::transactionId).containsExactly("t5");

            api.assertBadRequest(PATH + "?month=2026-13", "u1", "month", "2026-13", "YYYY-MM");
            api.assertBadRequest(PATH + "?from=2026-02-30", "u1", "from", "2026-02-30", "YYYY-MM-DD");
            api.assertBadRequest(PATH + "?from=2026-02-01&to=2026-01-01", "u1", "from 2026-02-01 is after to 2026-01-01");
            api.assertBadRequest(PATH + "?month=2026-01&from=2026-01-01", "u1", "month and from/to");
            api.assertBadRequest(PATH + "?limit=0", "u1", "limit", "between 1 and 1000");
            api.assertBadRequest(PATH + "?limit=many", "u1", "limit", "many", "whole number");
        }
    }
}
