package dev.banksync.sandbox.fault;

import dev.banksync.sandbox.random.Seeds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The faults switched on for this run. Whether a rate-limited rule hits a request is decided from the seed, the
 * rule and the connection's request number, so the same sequence of requests meets the same faults every run.
 */
public final class FaultPlan {

    private static final class Entry {
        final long id;
        final FaultRule rule;
        Integer remaining;
        long hits;

        Entry(long id, FaultRule rule) {
            this.id = id;
            this.rule = rule;
            this.remaining = rule.count();
        }
    }

    private final long seed;
    private final List<Entry> entries = new ArrayList<>();
    private final Map<String, Long> requestsPerConnection = new HashMap<>();
    private long nextId = 1;

    public FaultPlan(long seed) {
        this.seed = seed;
    }

    /** Adds a rule; rules are consulted in the order they were added and the first that hits wins. */
    public synchronized long add(FaultRule rule) {
        entries.add(new Entry(nextId, rule));
        return nextId++;
    }

    public synchronized boolean remove(long id) {
        return entries.removeIf(e -> e.id == id);
    }

    public synchronized void clear() {
        entries.clear();
    }

    public synchronized List<ActiveFault> list() {
        return entries.stream().map(e -> new ActiveFault(e.id, e.rule, e.remaining, e.hits)).toList();
    }

    /**
     * Decides the fault (if any) for one provider request.
     *
     * @param midPagination whether the request's cursor is inside a pagination loop
     */
    public synchronized Optional<FaultRule> next(String connectionId, Endpoint endpoint, boolean midPagination) {
        long request = requestsPerConnection.merge(connectionId, 1L, Long::sum);
        for (Entry e : entries) {
            FaultRule r = e.rule;
            boolean applies = (r.connectionId() == null || r.connectionId().equals(connectionId))
                    && (r.kind() != FaultKind.MUTATION_DURING_PAGINATION
                        || (endpoint == Endpoint.TRANSACTIONS_SYNC && midPagination));
            if (!applies || (e.remaining != null && e.remaining == 0)) {
                continue;
            }
            double u = Seeds.unit(Seeds.of(seed, 0xFA17L, e.id, connectionId.hashCode(), request));
            if (u < r.rate()) {
                e.hits++;
                if (e.remaining != null) {
                    e.remaining--;
                }
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
