package dev.banksync.api.spending;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.api.QueryApiConfiguration;
import dev.banksync.core.db.DbSettings;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.YearMonth;
import dev.banksync.api.security.ApiTokens;
import dev.banksync.api.security.JwtKeys;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;

/** The API on a real PostgreSQL, connected as the least-privileged API reader role. */
@ExtendWith(BanksyncPostgres.class)
class SpendingApiIT {

    @SpringBootApplication(scanBasePackages = "none")
    @Import(QueryApiConfiguration.class)
    static class TestApp {
    }

    @Test
    void servesMonthlySpendingThroughTheReaderRole(TestDatabase db) throws Exception {
        db.execute("""
                INSERT INTO insights.spending_monthly VALUES
                  ('u1', DATE '2026-01-01', 'FOOD_AND_DRINK', 'EUR', 1250, 0, 2, now()),
                  ('u1', DATE '2026-02-01', 'INCOME', 'EUR', 0, 300000, 1, now()),
                  ('u1', DATE '2025-06-01', 'TRAVEL', 'EUR', 9900, 0, 1, now()),
                  ('u2', DATE '2026-01-01', 'FOOD_AND_DRINK', 'EUR', 777, 0, 1, now())
                """);
        DbSettings reader = db.loginAs("banksync_api_reader");

        var queries = new SpendingQueries(dev.banksync.core.db.SimpleDataSources.of(reader));
        var rows = queries.monthly("u1", YearMonth.of(2026, 1), YearMonth.of(2026, 2));
        assertThat(rows).containsExactly(
                new MonthlySpending("u1", YearMonth.of(2026, 1), "FOOD_AND_DRINK", "EUR", 1250, 0, -1250, 2),
                new MonthlySpending("u1", YearMonth.of(2026, 2), "INCOME", "EUR", 0, 300000, 300000, 1));

        try (ConfigurableApplicationContext ctx = new SpringApplicationBuilder(TestApp.class)
                .properties("server.port=0", "spring.datasource.url=" + reader.url(),
                        "spring.datasource.username=" + reader.user(), "spring.datasource.password=" + reader.password(),
                        "spring.flyway.enabled=false")
                .run()) {
            int port = ((WebServerApplicationContext) ctx).getWebServer().getPort();
            HttpClient http = HttpClient.newHttpClient();
            ApiTokens tokens = ctx.getBean(ApiTokens.class);
            String u1 = "Bearer " + tokens.mint("u1", Duration.ofMinutes(5));
            URI u1Spending = URI.create(
                    "http://localhost:" + port + "/api/v1/users/u1/spending/monthly?from=2026-01&to=2026-02");
            HttpResponse<String> ok = http.send(HttpRequest.newBuilder(u1Spending).header("Authorization", u1).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(ok.statusCode()).isEqualTo(200);
            assertThat(ok.body()).contains("\"spentMinor\":1250").contains("\"receivedMinor\":300000")
                    .doesNotContain("u2").doesNotContain("TRAVEL");

            HttpResponse<String> bad = http.send(HttpRequest.newBuilder(URI.create(
                    "http://localhost:" + port + "/api/v1/users/u1/spending/monthly?from=2026-03&to=2026-01"))
                    .header("Authorization", u1).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(bad.statusCode()).isEqualTo(400);
            assertThat(bad.body()).contains("is after");

            // per-user isolation: no token -> 401; u2's token on u1's data -> 403; a token signed elsewhere -> 401
            assertThat(http.send(HttpRequest.newBuilder(u1Spending).build(), HttpResponse.BodyHandlers.ofString())
                    .statusCode()).isEqualTo(401);
            String u2 = "Bearer " + tokens.mint("u2", Duration.ofMinutes(5));
            assertThat(http.send(HttpRequest.newBuilder(u1Spending).header("Authorization", u2).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
            String forged = "Bearer " + new ApiTokens(JwtKeys.fromBase64OrRandom(null)).mint("u1", Duration.ofMinutes(5));
            assertThat(http.send(HttpRequest.newBuilder(u1Spending).header("Authorization", forged).build(),
                    HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        }
    }
}
