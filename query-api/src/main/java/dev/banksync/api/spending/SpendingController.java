package dev.banksync.api.spending;

import dev.banksync.api.params.UserCalendar;
import dev.banksync.api.security.UserAccess;
import java.time.YearMonth;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/users/{userId}/spending/monthly?from=2026-01&to=2026-03} (defaults: the last 12 months, up to the user's current month). */
@RestController
public class SpendingController {

    private final SpendingQueries queries;
    private final UserCalendar calendar;

    public SpendingController(SpendingQueries queries, UserCalendar calendar) {
        this.queries = queries;
        this.calendar = calendar;
    }

    @GetMapping("/api/v1/users/{userId}/spending/monthly")
    public List<MonthlySpending> monthly(@PathVariable String userId,
                                         @RequestParam(required = false) YearMonth from,
                                         @RequestParam(required = false) YearMonth to) {
        UserAccess.requireSelf(userId);
        YearMonth end = to != null ? to : calendar.thisMonth(userId);
        YearMonth start = from != null ? from : end.minusMonths(11);
        return queries.monthly(userId, start, end);
    }
}
