package dev.banksync.api.recurring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.api.ApiTestServer;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Recurring streams over HTTP as the API reader login: exact rows, next due first, only the caller's. */
@ExtendWith(BanksyncPostgres.class)
class RecurringApiIT {

    private static final String PATH = "/api/v1/users/u1/recurring";

    @Test
    void servesRecurringStreamsToTheirOwnerOnly(TestDatabase db) {
        db.execute("""
                INSERT INTO insights.recurring_streams (user_id, stream_id, direction, merchant, category, currency,
                    frequency, average_amount_minor, last_amount_minor, first_date, last_date, predicted_next_date,
                    occurrences, status) VALUES
                  ('u1', 'OUTFLOW:netflix:EUR', 'OUTFLOW', 'Netflix', 'ENTERTAINMENT', 'EUR', 'MONTHLY', -1399, -1599,
                   DATE '2025-09-03', DATE '2026-01-03', DATE '2026-02-03', 5, 'MATURE'),
                  ('u1', 'INFLOW:acme:EUR', 'INFLOW', 'ACME GmbH', 'INCOME', 'EUR', 'MONTHLY', 300000, 300000,
                   DATE '2025-11-28', DATE '2026-01-28', DATE '2026-02-27', 3, 'EARLY'),
                  ('u1', 'OUTFLOW:gym:EUR', 'OUTFLOW', 'FitX', NULL, 'EUR', 'WEEKLY', -999, -999,
                   DATE '2025-10-01', DATE '2025-11-05', DATE '2025-11-12', 6, 'STOPPED'),
                  ('u2', 'OUTFLOW:spotify:GBP', 'OUTFLOW', 'Spotify', 'ENTERTAINMENT', 'GBP', 'MONTHLY', -1199, -1199,
                   DATE '2025-01-10', DATE '2026-01-10', DATE '2026-02-10', 13, 'MATURE')
                """);
        var gym = new RecurringStream("OUTFLOW:gym:EUR", "OUTFLOW", "FitX", null, "EUR", "WEEKLY", -999, -999,
                LocalDate.of(2025, 10, 1), LocalDate.of(2025, 11, 5), LocalDate.of(2025, 11, 12), 6, "STOPPED");
        var netflix = new RecurringStream("OUTFLOW:netflix:EUR", "OUTFLOW", "Netflix", "ENTERTAINMENT", "EUR", "MONTHLY",
                -1399, -1599, LocalDate.of(2025, 9, 3), LocalDate.of(2026, 1, 3), LocalDate.of(2026, 2, 3), 5, "MATURE");
        var salary = new RecurringStream("INFLOW:acme:EUR", "INFLOW", "ACME GmbH", "INCOME", "EUR", "MONTHLY",
                300000, 300000, LocalDate.of(2025, 11, 28), LocalDate.of(2026, 1, 28), LocalDate.of(2026, 2, 27), 3,
                "EARLY");

        try (ApiTestServer api = ApiTestServer.start(db.loginAs("banksync_api_reader"))) {
            assertThat(api.list(PATH, "u1", RecurringStream.class)).containsExactly(gym, netflix, salary);
            assertThat(api.list(PATH + "?limit=2", "u1", RecurringStream.class)).containsExactly(gym, netflix);
            assertThat(api.list("/api/v1/users/u3/recurring", "u3", RecurringStream.class)).isEmpty();

            api.assertOnlyOwnerMayRead(PATH, "u1", "u2");
            assertThat(api.list("/api/v1/users/u2/recurring", "u2", RecurringStream.class))
                    .extracting(RecurringStream::streamId).containsExactly("OUTFLOW:spotify:GBP");

            api.assertBadRequest(PATH + "?limit=5000", "u1", "limit", "between 1 and 1000", "5000");
            api.assertBadRequest(PATH + "?limit=1.5", "u1", "limit", "1.5", "whole number");
        }
    }
}
