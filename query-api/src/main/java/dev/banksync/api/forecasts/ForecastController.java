package dev.banksync.api.forecasts;

import dev.banksync.api.params.ResultLimit;
import dev.banksync.api.params.UserCalendar;
import dev.banksync.api.security.UserAccess;
import java.time.YearMonth;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/users/{userId}/forecasts?month=2026-01} (default: the user's current month, in their time zone). */
@RestController
public class ForecastController {

    private final ForecastQueries queries;
    private final UserCalendar calendar;

    public ForecastController(ForecastQueries queries, UserCalendar calendar) {
        this.queries = queries;
        this.calendar = calendar;
    }

    @GetMapping("/api/v1/users/{userId}/forecasts")
    public List<Forecast> forecasts(@PathVariable String userId,
                                    @RequestParam(required = false) YearMonth month,
                                    @RequestParam(required = false) Integer limit) {
        UserAccess.requireSelf(userId);
        YearMonth wanted = month != null ? month : calendar.thisMonth(userId);
        return queries.forMonth(userId, wanted, ResultLimit.of(limit));
    }
}
