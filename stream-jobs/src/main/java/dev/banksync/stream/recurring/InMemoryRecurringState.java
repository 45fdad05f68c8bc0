package dev.banksync.stream.recurring;

import java.util.HashMap;
import java.util.Map;

/** One user's {@link RecurringState} in plain maps: for tests and for running the tracker outside Flink. */
public final class InMemoryRecurringState implements RecurringState {

    private final Map<String, TrackedOccurrence> tracked = new HashMap<>();
    private final Map<String, StreamHistory> streams = new HashMap<>();

    @Override
    public TrackedOccurrence tracked(String transactionId) {
        return tracked.get(transactionId);
    }

    @Override
    public void putTracked(String transactionId, TrackedOccurrence value) {
        tracked.put(transactionId, value);
    }

    @Override
    public StreamHistory stream(String streamKey) {
        return streams.get(streamKey);
    }

    @Override
    public void putStream(String streamKey, StreamHistory stream) {
        streams.put(streamKey, stream);
    }

    @Override
    public void removeStream(String streamKey) {
        streams.remove(streamKey);
    }

    @Override
    public Iterable<String> streamKeys() {
        return streams.keySet();
    }
}
