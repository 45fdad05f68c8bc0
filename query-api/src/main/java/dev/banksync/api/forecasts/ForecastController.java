package dev.banksync.api.forecasts;

import dev.banksync.api.params.ResultLimit;
import dev.banksync.api.security.UserAccess;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/users/{userId}/forecasts?month=2026-01} (default: the current UTC month). */
@RestController
public class ForecastController {

    private final ForecastQueries queries;

    public ForecastController(ForecastQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/users/{userId}/forecasts")
    public List<Forecast> forecasts(@PathVariable String userId,
                                    @RequestParam(required = false) YearMonth month,
                                    @RequestParam(required = false) Integer limit) {
        UserAccess.requireSelf(userId);
        YearMonth wanted = month != null ? month : YearMonth.now(ZoneOffset.UTC);
        return queries.forMonth(userId, wanted, ResultLimit.of(limit));
    }
}
