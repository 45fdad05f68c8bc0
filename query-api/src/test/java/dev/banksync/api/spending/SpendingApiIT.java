package dev.banksync.api.spending;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.api.ApiTestServer;
import dev.banksync.api.security.ApiTokens;
import dev.banksync.api.security.JwtKeys;
import dev.banksync.core.db.DbSettings;
import dev.banksync.core.db.SimpleDataSources;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.net.http.HttpRequest;
import java.time.Duration;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The API on a real PostgreSQL, connected as the least-privileged API reader role. */
@ExtendWith(BanksyncPostgres.class)
class SpendingApiIT {

    @Test
    void servesMonthlySpendingThroughTheReaderRole(TestDatabase db) {
        db.execute("""
                INSERT INTO insights.spending_monthly VALUES
                  ('u1', DATE '2026-01-01', 'FOOD_AND_DRINK', 'EUR', 1250, 0, 2, now()),
                  ('u1', DATE '2026-02-01', 'INCOME', 'EUR', 0, 300000, 1, now()),
                  ('u1', DATE '2025-06-01', 'TRAVEL', 'EUR', 9900, 0, 1, now()),
                  ('u2', DATE '2026-01-01', 'FOOD_AND_DRINK', 'EUR', 777, 0, 1, now())
                """);
        DbSettings reader = db.loginAs("banksync_api_reader");
        var expected = new MonthlySpending[] {
                new MonthlySpending("u1", YearMonth.of(2026, 1), "FOOD_AND_DRINK", "EUR", 1250, 0, -1250, 2),
                new MonthlySpending("u1", YearMonth.of(2026, 2), "INCOME", "EUR", 0, 300000, 300000, 1)};

        var queries = new SpendingQueries(SimpleDataSources.of(reader));
        assertThat(queries.monthly("u1", YearMonth.of(2026, 1), YearMonth.of(2026, 2))).containsExactly(expected);

        try (ApiTestServer api = ApiTestServer.start(reader)) {
            String u1Spending = "/api/v1/users/u1/spending/monthly?from=2026-01&to=2026-02";
            assertThat(api.list(u1Spending, "u1", MonthlySpending.class)).containsExactly(expected);

            api.assertBadRequest("/api/v1/users/u1/spending/monthly?from=2026-03&to=2026-01", "u1", "is after");
            api.assertBadRequest("/api/v1/users/u1/spending/monthly?from=2026-13", "u1", "from", "2026-13", "YYYY-MM");

            // per-user isolation: no token -> 401; u2's token on u1's data -> 403; a token signed elsewhere -> 401
            api.assertOnlyOwnerMayRead(u1Spending, "u1", "u2");
            String forged = "Bearer " + new ApiTokens(JwtKeys.fromBase64OrRandom(null)).mint("u1", Duration.ofMinutes(5));
            assertThat(api.send(HttpRequest.newBuilder(api.uri(u1Spending))
                    .header("Authorization", forged).build()).statusCode()).isEqualTo(401);
        }
    }
}
