package dev.banksync.api.anomalies;

import dev.banksync.api.params.ResultLimit;
import dev.banksync.api.params.UtcPeriod;
import dev.banksync.api.security.UserAccess;
import dev.banksync.core.event.AlertEvent.AlertKind;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/users/{userId}/anomalies?from=2026-01-01&to=2026-01-31&kind=DUPLICATE_CHARGE&limit=50}: UTC days,
 * both inclusive (defaults: the last 30 days up to today), newest first.
 */
@RestController
public class AnomalyController {

    private final AnomalyQueries queries;

    public AnomalyController(AnomalyQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/users/{userId}/anomalies")
    public List<Anomaly> anomalies(@PathVariable String userId,
                                   @RequestParam(required = false) LocalDate from,
                                   @RequestParam(required = false) LocalDate to,
                                   @RequestParam(required = false) AlertKind kind,
                                   @RequestParam(required = false) Integer limit) {
        UserAccess.requireSelf(userId);
        UtcPeriod period = UtcPeriod.ofDaysDefaultingToLast30(from, to, LocalDate.now(ZoneOffset.UTC));
        return queries.detectedIn(userId, period, kind, ResultLimit.of(limit));
    }
}
