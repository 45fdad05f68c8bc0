package dev.banksync.sandbox.ledger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A connection's append-only change log. A position is a count of entries; a sync cursor is a position. Days are
 * appended in order and never rewritten, so the log at day D is a prefix of the log at any later day.
 */
public final class ChangeLog {

    private final List<Change> changes = new ArrayList<>();
    private final Map<String, Integer> addedAt = new HashMap<>();
    private final int firstDay;
    private final List<Integer> dayEnds = new ArrayList<>();

    public ChangeLog(int firstDay) {
        this.firstDay = firstDay;
    }

    public void append(Change change) {
        int lastDay = firstDay + dayEnds.size();
        if (change.day() != lastDay) {
            throw new IllegalStateException("change for day " + change.day() + " appended while day " + lastDay
                    + " is open");
        }
        if (change.kind() == ChangeKind.ADDED && addedAt.putIfAbsent(change.transactionId(), changes.size()) != null) {
            throw new IllegalStateException("transaction " + change.transactionId() + " added twice");
        }
        changes.add(change);
    }

    /** Seals the open day; later appends belong to the next day. */
    public void closeDay() {
        dayEnds.add(changes.size());
    }

    /** The first day not yet closed. */
    public int openDay() {
        return firstDay + dayEnds.size();
    }

    /** The log's length at the end of {@code day}, which must be closed. */
    public int endOf(int day) {
        if (day < firstDay) {
            return 0;
        }
        if (day >= openDay()) {
            throw new IllegalStateException("day " + day + " is not simulated yet (open day " + openDay() + ")");
        }
        return dayEnds.get(day - firstDay);
    }

    public Change get(int position) {
        return changes.get(position);
    }

    /** Whether the transaction was added before {@code position} (ids are never reused). */
    public boolean addedBefore(String transactionId, int position) {
        Integer at = addedAt.get(transactionId);
        return at != null && at < position;
    }

    /** The live transactions after the first {@code end} entries, in the order they were first added. */
    public Map<String, SimTransaction> liveAt(int end) {
        Map<String, SimTransaction> live = new LinkedHashMap<>();
        for (int i = 0; i < end; i++) {
            Change c = changes.get(i);
            if (c.kind() == ChangeKind.REMOVED) {
                live.remove(c.transactionId());
            } else {
                live.put(c.transactionId(), c.transaction());
            }
        }
        return live;
    }
}
