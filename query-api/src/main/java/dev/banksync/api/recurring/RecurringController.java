package dev.banksync.api.recurring;

import dev.banksync.api.params.ResultLimit;
import dev.banksync.api.security.UserAccess;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/v1/users/{userId}/recurring?limit=100}: the user's recurring streams, the next one due first. */
@RestController
public class RecurringController {

    private final RecurringQueries queries;

    public RecurringController(RecurringQueries queries) {
        this.queries = queries;
    }

    @GetMapping("/api/v1/users/{userId}/recurring")
    public List<RecurringStream> recurring(@PathVariable String userId,
                                           @RequestParam(required = false) Integer limit) {
        UserAccess.requireSelf(userId);
        return queries.ofUser(userId, ResultLimit.of(limit));
    }
}
