package dev.banksync.api.spending;

import dev.banksync.api.security.UserAccess;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/users/{userId}/spending/monthly?from=2026-01&to=2026-03} (defaults: the last 12 months). */
@RestController
public class SpendingController {

    private final SpendingQueries queries;

    public SpendingController(SpendingQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/users/{userId}/spending/monthly")
    public List<MonthlySpending> monthly(@PathVariable String userId,
                                         @RequestParam(required = false) YearMonth from,
                                         @RequestParam(required = false) YearMonth to) {
        UserAccess.requireSelf(userId);
        YearMonth end = to != null ? to : YearMonth.now(ZoneOffset.UTC);
        YearMonth start = from != null ? from : end.minusMonths(11);
        return queries.monthly(userId, start, end);
    }
}
