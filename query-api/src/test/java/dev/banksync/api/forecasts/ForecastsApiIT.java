package dev.banksync.api.forecasts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.api.ApiTestServer;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Month-end forecasts over HTTP as the API reader login: exact rows of one month, only the caller's. */
@ExtendWith(BanksyncPostgres.class)
class ForecastsApiIT {

    private static final String PATH = "/api/v1/users/u1/forecasts";

    @Test
    void servesForecastsToTheirOwnerOnly(TestDatabase db) {
        db.execute("""
                INSERT INTO insights.forecasts (user_id, month, category, currency, as_of, spent_to_date_minor,
                    recurring_expected_minor, projected_minor) VALUES
                  ('u1', DATE '2026-01-01', 'FOOD_AND_DRINK', 'EUR', DATE '2026-01-15', 21000, 0, 43400),
                  ('u1', DATE '2026-01-01', 'ENTERTAINMENT', 'EUR', DATE '2026-01-15', 1000, 1599, 2599),
                  ('u1', DATE '2026-02-01', 'FOOD_AND_DRINK', 'EUR', DATE '2026-02-02', 900, 0, 12600),
                  ('u2', DATE '2026-01-01', 'TRAVEL', 'GBP', DATE '2026-01-15', 5000, 0, 5000)
                """);
        var fun = new Forecast(YearMonth.of(2026, 1), "ENTERTAINMENT", "EUR", LocalDate.of(2026, 1, 15), 1000, 1599,
                2599);
        var food = new Forecast(YearMonth.of(2026, 1), "FOOD_AND_DRINK", "EUR", LocalDate.of(2026, 1, 15), 21000, 0,
                43400);
        var february = new Forecast(YearMonth.of(2026, 2), "FOOD_AND_DRINK", "EUR", LocalDate.of(2026, 2, 2), 900, 0,
                12600);

        try (ApiTestServer api = ApiTestServer.start(db.loginAs("banksync_api_reader"))) {
            assertThat(api.list(PATH + "?month=2026-01", "u1", Forecast.class)).containsExactly(fun, food);
            assertThat(api.list(PATH + "?month=2026-02", "u1", Forecast.class)).containsExactly(february);
            assertThat(api.list(PATH + "?month=2026-01&limit=1", "u1", Forecast.class)).containsExactly(fun);
            assertThat(api.list(PATH + "?month=2026-03", "u1", Forecast.class)).isEmpty();

            api.assertOnlyOwnerMayRead(PATH + "?month=2026-01", "u1", "u2");
            assertThat(api.list("/api/v1/users/u2/forecasts?month=2026-01", "u2", Forecast.class))
                    .extracting(Forecast::category).containsExactly("TRAVEL");

            api.assertBadRequest(PATH + "?month=2026-13", "u1", "month", "2026-13", "YYYY-MM");
            api.assertBadRequest(PATH + "?month=January", "u1", "month", "January");
            api.assertBadRequest(PATH + "?limit=0", "u1", "limit", "between 1 and 1000");
        }
    }
}
