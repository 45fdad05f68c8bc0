package dev.banksync.api.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.api.ApiTestServer;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Budget status over HTTP as the API reader login: exact rows of one month, only the caller's. */
@ExtendWith(BanksyncPostgres.class)
class BudgetsApiIT {

    private static final String PATH = "/api/v1/users/u1/budgets";

    @Test
    void servesBudgetsToTheirOwnerOnly(TestDatabase db) {
        db.execute("""
                INSERT INTO insights.budget_status (user_id, budget_id, month, category, currency, limit_minor,
                    spent_minor, percent_used, status, alerted_80, alerted_100) VALUES
                  ('u1', 1, DATE '2026-01-01', 'FOOD_AND_DRINK', 'EUR', 50000, 42000, 84.00, 'WARNING', true, false),
                  ('u1', 2, DATE '2026-01-01', 'ENTERTAINMENT', 'EUR', 10000, 12550, 125.50, 'EXCEEDED', true, true),
                  ('u1', 1, DATE '2026-02-01', 'FOOD_AND_DRINK', 'EUR', 50000, 1000, 2.00, 'OK', false, false),
                  ('u2', 9, DATE '2026-01-01', 'TRAVEL', 'GBP', 30000, 100, 0.33, 'OK', false, false)
                """);
        var food = new BudgetStatus(1, YearMonth.of(2026, 1), "FOOD_AND_DRINK", "EUR", 50000, 42000, 8000,
                new BigDecimal("84.00"), "WARNING", List.of(80));
        var fun = new BudgetStatus(2, YearMonth.of(2026, 1), "ENTERTAINMENT", "EUR", 10000, 12550, -2550,
                new BigDecimal("125.50"), "EXCEEDED", List.of(80, 100));
        var february = new BudgetStatus(1, YearMonth.of(2026, 2), "FOOD_AND_DRINK", "EUR", 50000, 1000, 49000,
                new BigDecimal("2.00"), "OK", List.of());

        try (ApiTestServer api = ApiTestServer.start(db.loginAs("banksync_api_reader"))) {
            assertThat(api.list(PATH + "?month=2026-01", "u1", BudgetStatus.class)).containsExactly(fun, food);
            assertThat(api.list(PATH + "?month=2026-02", "u1", BudgetStatus.class)).containsExactly(february);
            assertThat(api.list(PATH + "?month=2026-01&limit=1", "u1", BudgetStatus.class)).containsExactly(fun);
            assertThat(api.list(PATH + "?month=2025-12", "u1", BudgetStatus.class)).isEmpty();

            api.assertOnlyOwnerMayRead(PATH + "?month=2026-01", "u1", "u2");
            assertThat(api.list("/api/v1/users/u2/budgets?month=2026-01", "u2", BudgetStatus.class))
                    .extracting(BudgetStatus::budgetId).containsExactly(9L);

            api.assertBadRequest(PATH + "?month=2026-13", "u1", "month", "2026-13", "YYYY-MM");
            api.assertBadRequest(PATH + "?month=2026-01-15", "u1", "month", "2026-01-15");
            api.assertBadRequest(PATH + "?limit=0", "u1", "limit", "between 1 and 1000");
        }
    }
}
