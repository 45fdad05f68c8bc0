package dev.banksync.api.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.api.ApiTestServer;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Alerts over HTTP as the API reader login: exact rows newest first since an instant, only the caller's. */
@ExtendWith(BanksyncPostgres.class)
class AlertsApiIT {

    private static final String PATH = "/api/v1/users/u1/alerts";

    @Test
    void servesAlertsToTheirOwnerOnly(TestDatabase db) {
        db.execute("""
                INSERT INTO insights.alerts
                  (alert_id, user_id, kind, transaction_id, category, amount_minor, currency, score, reason, emitted_at)
                VALUES
                  ('b80', 'u1', 'BUDGET_80_PERCENT', 't7', 'FOOD_AND_DRINK', 42000, 'EUR', NULL,
                   'FOOD_AND_DRINK budget 84 % used: €420.00 of €500.00', '2026-01-20 18:00:00+00'),
                  ('dup', 'u1', 'DUPLICATE_CHARGE', 't8', NULL, -1599, 'EUR', 0.98,
                   'same amount at Netflix twice within 2 minutes', '2026-01-21 09:30:00+00'),
                  ('old', 'u1', 'UNUSUAL_AMOUNT', 't1', NULL, -42000, 'USD', 7.1, 'older', '2025-12-01 00:00:00+00'),
                  ('u2a', 'u2', 'BUDGET_100_PERCENT', NULL, 'TRAVEL', NULL, NULL, NULL, 'someone else''s',
                   '2026-01-22 00:00:00+00')
                """);
        var b80 = new Alert("b80", "BUDGET_80_PERCENT", "t7", "FOOD_AND_DRINK", 42000L, "EUR", null,
                "FOOD_AND_DRINK budget 84 % used: €420.00 of €500.00", Instant.parse("2026-01-20T18:00:00Z"));
        var dup = new Alert("dup", "DUPLICATE_CHARGE", "t8", null, -1599L, "EUR", 0.98,
                "same amount at Netflix twice within 2 minutes", Instant.parse("2026-01-21T09:30:00Z"));

        try (ApiTestServer api = ApiTestServer.start(db.loginAs("banksync_api_reader"))) {
            assertThat(api.list(PATH + "?since=2026-01-01T00:00:00Z", "u1", Alert.class)).containsExactly(dup, b80);
            // since is inclusive, and an offset is an instant like any other (19:00 at +01:00 is 18:00 UTC)
            assertThat(api.list(PATH + "?since=2026-01-20T19:00:00%2B01:00", "u1", Alert.class))
                    .containsExactly(dup, b80);
            assertThat(api.list(PATH + "?since=2026-01-20T18:00:01Z", "u1", Alert.class)).containsExactly(dup);
            assertThat(api.list(PATH + "?since=2026-01-01T00:00:00Z&kind=BUDGET_80_PERCENT", "u1", Alert.class))
                    .containsExactly(b80);
            assertThat(api.list(PATH + "?since=2025-01-01T00:00:00Z&limit=2", "u1", Alert.class))
                    .containsExactly(dup, b80);
            assertThat(api.list(PATH + "?since=2026-02-01T00:00:00Z", "u1", Alert.class)).isEmpty();

            api.assertOnlyOwnerMayRead(PATH + "?since=2026-01-01T00:00:00Z", "u1", "u2");
            assertThat(api.list("/api/v1/users/u2/alerts?since=2026-01-01T00:00:00Z", "u2", Alert.class))
                    .extracting(Alert::alertId).containsExactly("u2a");

            api.assertBadRequest(PATH + "?since=2026-01-32T00:00:00Z", "u1", "since", "2026-01-32", "ISO-8601");
            api.assertBadRequest(PATH + "?since=last-week", "u1", "since", "last-week");
            api.assertBadRequest(PATH + "?kind=budget", "u1", "kind", "budget", "BUDGET_80_PERCENT");
            api.assertBadRequest(PATH + "?limit=-3", "u1", "limit", "between 1 and 1000");
        }
    }
}
