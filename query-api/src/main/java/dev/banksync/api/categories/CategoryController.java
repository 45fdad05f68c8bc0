package dev.banksync.api.categories;

import dev.banksync.api.params.ResultLimit;
import dev.banksync.api.params.UserCalendar;
import dev.banksync.api.params.UtcPeriod;
import dev.banksync.api.security.UserAccess;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/v1/users/{userId}/transactions/categories?month=2026-01} (or {@code from=2026-01-01&to=2026-01-31};
 * default: the user's current month, in their time zone): the categories of the transactions booked then, paged with {@code limit} and
 * {@code after=<last transactionId of the page>}.
 */
@RestController
public class CategoryController {

    private final CategoryQueries queries;
    private final UserCalendar calendar;

    public CategoryController(CategoryQueries queries, UserCalendar calendar) {
        this.queries = queries;
        this.calendar = calendar;
    }

    @GetMapping("/api/v1/users/{userId}/transactions/categories")
    public List<TransactionCategory> categories(@PathVariable String userId,
                                                @RequestParam(required = false) YearMonth month,
                                                @RequestParam(required = false) LocalDate from,
                                                @RequestParam(required = false) LocalDate to,
                                                @RequestParam(required = false) String after,
                                                @RequestParam(required = false) Integer limit) {
        UserAccess.requireSelf(userId);
        // booking dates are bank dates; the period's UTC days are just the calendar days asked for
        UtcPeriod period = UtcPeriod.ofMonthOrDays(month, from, to, calendar.today(userId));
        return queries.bookedIn(userId, LocalDate.ofInstant(period.start(), ZoneOffset.UTC),
                LocalDate.ofInstant(period.end(), ZoneOffset.UTC).minusDays(1), after, ResultLimit.of(limit));
    }
}
