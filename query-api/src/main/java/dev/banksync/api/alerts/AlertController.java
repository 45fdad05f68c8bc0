package dev.banksync.api.alerts;

import dev.banksync.api.params.ResultLimit;
import dev.banksync.api.security.UserAccess;
import dev.banksync.core.event.AlertEvent.AlertKind;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/users/{userId}/alerts?since=2026-01-01T00:00:00Z&kind=BUDGET_100_PERCENT&limit=50}, newest first
 * ({@code since} is inclusive, default 30 days ago). A client polls with the {@code emittedAt} of the newest alert it
 * has and drops the ids it already knows.
 */
@RestController
public class AlertController {

    static final Duration DEFAULT_LOOKBACK = Duration.ofDays(30);

    private final AlertQueries queries;

    public AlertController(AlertQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/users/{userId}/alerts")
    public List<Alert> alerts(@PathVariable String userId,
                              @RequestParam(required = false) Instant since,
                              @RequestParam(required = false) AlertKind kind,
                              @RequestParam(required = false) Integer limit) {
        UserAccess.requireSelf(userId);
        Instant from = since != null ? since : Instant.now().minus(DEFAULT_LOOKBACK);
        return queries.since(userId, from, kind, ResultLimit.of(limit));
    }
}
