package dev.banksync.stream.recurring;

/** One user's memory for the {@link RecurringTracker}: keyed state in Flink, maps in tests. */
public interface RecurringState {

    TrackedOccurrence tracked(String transactionId);

    void putTracked(String transactionId, TrackedOccurrence tracked);

    StreamHistory stream(String streamKey);

    void putStream(String streamKey, StreamHistory stream);

    void removeStream(String streamKey);

    /** Every stream key of the user, for the periodic re-evaluation. */
    Iterable<String> streamKeys();
}
