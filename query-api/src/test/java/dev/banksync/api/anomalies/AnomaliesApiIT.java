package dev.banksync.api.anomalies;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.api.ApiTestServer;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Anomalies over HTTP as the API reader login: exact rows newest first, by UTC day and kind, only the caller's. */
@ExtendWith(BanksyncPostgres.class)
class AnomaliesApiIT {

    private static final String PATH = "/api/v1/users/u1/anomalies";

    @Test
    void servesAnomaliesToTheirOwnerOnly(TestDatabase db) {
        db.execute("""
                INSERT INTO insights.anomalies (alert_id, user_id, kind, transaction_id, score, reason, detected_at) VALUES
                  ('a1', 'u1', 'UNUSUAL_AMOUNT', 't1', 7.25, '€420.00 is 7.3 MADs above your usual at Shell',
                   '2026-01-10 12:00:00+00'),
                  ('a2', 'u1', 'DUPLICATE_CHARGE', 't2', NULL, 'same amount at Netflix twice within 2 minutes',
                   '2026-01-31 23:59:59+00'),
                  ('a3', 'u1', 'VELOCITY_BURST', NULL, 5, '9 card payments within 10 minutes', '2026-02-01 00:00:00+00'),
                  ('a4', 'u2', 'UNUSUAL_AMOUNT', 't9', 9.5, 'someone else''s', '2026-01-15 00:00:00+00')
                """);
        var a1 = new Anomaly("a1", "UNUSUAL_AMOUNT", "t1", 7.25, "€420.00 is 7.3 MADs above your usual at Shell",
                Instant.parse("2026-01-10T12:00:00Z"));
        var a2 = new Anomaly("a2", "DUPLICATE_CHARGE", "t2", null, "same amount at Netflix twice within 2 minutes",
                Instant.parse("2026-01-31T23:59:59Z"));
        var a3 = new Anomaly("a3", "VELOCITY_BURST", null, 5.0, "9 card payments within 10 minutes",
                Instant.parse("2026-02-01T00:00:00Z"));

        try (ApiTestServer api = ApiTestServer.start(db.loginAs("banksync_api_reader"))) {
            assertThat(api.list(PATH + "?from=2026-01-01&to=2026-01-31", "u1", Anomaly.class)).containsExactly(a2, a1);
            assertThat(api.list(PATH + "?from=2026-01-01&to=2026-02-01", "u1", Anomaly.class))
                    .containsExactly(a3, a2, a1);
            assertThat(api.list(PATH + "?from=2026-01-01&to=2026-02-28&kind=DUPLICATE_CHARGE", "u1", Anomaly.class))
                    .containsExactly(a2);
            assertThat(api.list(PATH + "?from=2026-01-01&to=2026-02-28&limit=1", "u1", Anomaly.class))
                    .containsExactly(a3);
            assertThat(api.list(PATH + "?from=2025-01-01&to=2025-12-31", "u1", Anomaly.class)).isEmpty();

            api.assertOnlyOwnerMayRead(PATH + "?from=2026-01-01&to=2026-01-31", "u1", "u2");
            assertThat(api.list("/api/v1/users/u2/anomalies?from=2026-01-01&to=2026-01-31", "u2", Anomaly.class))
                    .extracting(Anomaly::alertId).containsExactly("a4");

            api.assertBadRequest(PATH + "?from=2026-1-5", "u1", "from", "2026-1-5", "YYYY-MM-DD");
            api.assertBadRequest(PATH + "?to=yesterday", "u1", "to", "yesterday");
            api.assertBadRequest(PATH + "?from=2026-02-01&to=2026-01-01", "u1", "from 2026-02-01 is after to 2026-01-01");
            api.assertBadRequest(PATH + "?kind=SPOOKY", "u1", "kind", "SPOOKY", "DUPLICATE_CHARGE");
            api.assertBadRequest(PATH + "?limit=1001", "u1", "limit", "between 1 and 1000");
        }
    }
}
