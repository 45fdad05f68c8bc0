package dev.banksync.stream.jdbc;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.apache.flink.api.common.operators.ProcessingTimeService;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.connector.sink2.StatefulSinkWriter;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;

/**
 * Buffers the latest row per key and hands the buffer to its {@link BulkUpsertConnection} as one batch when it is
 * full or the flush timer fires (see {@link BulkUpsertSink}). A checkpoint does not wait for PostgreSQL: the rows not
 * yet seen committed (the buffer and the batches under way) go into the checkpoint instead and are written again
 * after a restore, before the replayed input (rows are absolute values, so writing one twice is harmless). Runs on
 * the task's mailbox thread only (the timer's callback included).
 */
final class BulkUpsertWriter<T> implements StatefulSinkWriter<T, BufferedRows> {

    /** Batches under way before the task waits for the oldest: the database's pace becomes back-pressure. */
    static final int MAX_BATCHES_UNDER_WAY = 2;

    private final BulkUpsert<T> statement;
    private final BulkUpsertConnection<T> database;
    private final TypeSerializer<T> serializer;
    private final ProcessingTimeService time;
    private final int maxBufferedKeys;
    private final long flushIntervalMillis;

    private final Map<Object, T> latestByKey = new LinkedHashMap<>();
    private final Deque<Batch<T>> underWay = new ArrayDeque<>();
    private boolean flushTimerSet;

    private record Batch<T>(List<T> rows, CompletableFuture<Void> written) {
    }

    BulkUpsertWriter(BulkUpsert<T> statement, BulkUpsertConnection<T> database, TypeSerializer<T> serializer,
            ProcessingTimeService time, int maxBufferedKeys, Duration flushInterval) {
        this.statement = statement;
        this.database = database;
        this.serializer = serializer;
        this.time = time;
        this.maxBufferedKeys = maxBufferedKeys;
        this.flushIntervalMillis = flushInterval.toMillis();
    }

    /** Takes back the rows a checkpoint held (the sink writes them before the subtask takes any input). */
    void restore(Collection<BufferedRows> states) throws IOException {
        for (BufferedRows state : states) {
            DataInputDeserializer in = new DataInputDeserializer(state.serialized());
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                buffer(serializer.deserialize(in));
            }
        }
    }

    @Override
    public void write(T row, Context context) throws IOException, InterruptedException {
        buffer(row);
        if (latestByKey.size() >= maxBufferedKeys) {
            handOff();
        } else {
            startFlushTimer();
        }
    }

    private void buffer(T row) {
        // remove first so a re-written key moves to the end: the buffer keeps the arrival order of latest values
        Object key = statement.keyOf(row);
        latestByKey.remove(key);
        latestByKey.put(key, row);
    }

    private void startFlushTimer() {
        if (!flushTimerSet && !latestByKey.isEmpty()) {
            flushTimerSet = true;
            time.registerTimer(time.getCurrentProcessingTime() + flushIntervalMillis, now -> {
                flushTimerSet = false;
                handOff();
            });
        }
    }

    private void handOff() throws IOException, InterruptedException {
        forgetWritten();
        if (latestByKey.isEmpty()) {
            return;
        }
        while (underWay.size() >= MAX_BATCHES_UNDER_WAY) {
            await(underWay.peekFirst());
            underWay.removeFirst();
        }
        List<T> rows = new ArrayList<>(latestByKey.values());
        latestByKey.clear();
        underWay.addLast(new Batch<>(rows, database.submit(rows)));
    }

    /** Drops batches already committed; a failed one fails the task here. */
    private void forgetWritten() throws IOException, InterruptedException {
        while (!underWay.isEmpty() && underWay.peekFirst().written().isDone()) {
            await(underWay.removeFirst());
        }
    }

    private void await(Batch<T> batch) throws IOException, InterruptedException {
        try {
            batch.written().get();
        } catch (ExecutionException e) {
            throw new IOException(e.getCause().getMessage(), e.getCause());
        }
    }

    /** At end of input everything is written before the task finishes; a checkpoint only hands the buffer off. */
    @Override
    public void flush(boolean endOfInput) throws IOException, InterruptedException {
        handOff();
        if (endOfInput) {
            drain();
        }
    }

    /** Waits until every row given so far is committed. */
    void drain() throws IOException, InterruptedException {
        handOff();
        awaitUnderWay();
    }

    /** Waits for the batches handed off so far (not the buffer). */
    void awaitUnderWay() throws IOException, InterruptedException {
        while (!underWay.isEmpty()) {
            await(underWay.removeFirst());
        }
    }

    @Override
    public List<BufferedRows> snapshotState(long checkpointId) throws IOException {
        try {
            forgetWritten();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while checking the batches under way", e);
        }
        List<T> unconfirmed = new ArrayList<>();
        underWay.forEach(batch -> unconfirmed.addAll(batch.rows()));
        unconfirmed.addAll(latestByKey.values());
        DataOutputSerializer out = new DataOutputSerializer(64 + 128 * unconfirmed.size());
        out.writeInt(unconfirmed.size());
        for (T row : unconfirmed) {
            serializer.serialize(row, out);
        }
        return List.of(new BufferedRows(out.getCopyOfBuffer()));
    }

    @Override
    public void close() throws Exception {
        // rows still buffered are in the last checkpoint (or were drained by the end-of-input flush)
        database.close();
    }
}
