package dev.banksync.stream.recurring;

import static dev.banksync.stream.state.KeyedState.read;
import static dev.banksync.stream.state.KeyedState.write;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.stream.anomaly.AnomalySettings;
import dev.banksync.stream.categorise.CategorisedTransaction;
import dev.banksync.stream.state.StateDescriptors;
import dev.banksync.stream.state.StreamTypes;
import dev.banksync.stream.state.UserTimeZone;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Flink adapter of the {@link RecurringTracker}, keyed by user. "Today" is the processing-time date in the user's
 * time zone ({@link UserTimeZone}): a stream is STOPPED when the user's calendar passes its predicted date plus
 * grace, which a processing-time timer at the user's midnight re-checks even when the user sends nothing more.
 * Price increase alerts go to {@link #ALERTS}.
 */
public class RecurringFunction extends KeyedProcessFunction<String, CategorisedTransaction, RecurringStreamRow> {

    public static final OutputTag<AlertEvent> ALERTS =
            new OutputTag<>("recurring-alerts", StreamTypes.of(AlertEvent.class));

    private final AnomalySettings settings;
    private final Duration stateTtl;

    private transient RecurringTracker tracker;
    private transient RecurringState state;
    private transient UserTimeZone zones;

    public RecurringFunction(AnomalySettings settings, Duration stateTtl) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.stateTtl = Objects.requireNonNull(stateTtl, "stateTtl");
    }

    @Override
    public void open(OpenContext openContext) {
        tracker = new RecurringTracker(settings.priceIncrease(), settings.priceIncreasePercent());
        state = new KeyedRecurringState(
                getRuntimeContext().getMapState(
                        StateDescriptors.map("recurringTracked", TrackedOccurrence.class, stateTtl)),
                getRuntimeContext().getMapState(StateDescriptors.map("recurringStreams", StreamHistory.class, stateTtl)));
        zones = UserTimeZone.in(getRuntimeContext(), stateTtl);
    }

    @Override
    public void processElement(CategorisedTransaction value, Context ctx, Collector<RecurringStreamRow> out) {
        ZoneId zone = zones.update(value.event().userTimeZone());
        RecurringTracker.Changes changes =
                tracker.apply(value, UserTimeZone.today(ctx.timerService().currentProcessingTime(), zone), state);
        emit(changes.rows(), ctx.timerService(), zone, out);
        changes.alerts().forEach(alert -> ctx.output(ALERTS, alert));
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<RecurringStreamRow> out) {
        ZoneId zone = zones.current();
        emit(tracker.refresh(ctx.getCurrentKey(), UserTimeZone.today(timestamp, zone), state), ctx.timerService(), zone,
                out);
    }

    private static void emit(List<RecurringStreamRow> rows, org.apache.flink.streaming.api.TimerService timers,
                             ZoneId zone, Collector<RecurringStreamRow> out) {
        for (RecurringStreamRow row : rows) {
            out.collect(row);
            if (row.active() && !RecurringStatus.STOPPED.name().equals(row.status())) {
                // Timers are deduplicated per key and time: one wake-up a day at most per user.
                timers.registerProcessingTimeTimer(UserTimeZone.startOf(RecurringTracker.nextCheck(row), zone));
            }
        }
    }

    private record KeyedRecurringState(MapState<String, TrackedOccurrence> tracked,
                                       MapState<String, StreamHistory> streams) implements RecurringState {

        @Override
        public TrackedOccurrence tracked(String transactionId) {
            return read(() -> tracked.get(transactionId));
        }

        @Override
        public void putTracked(String transactionId, TrackedOccurrence value) {
            write(() -> tracked.put(transactionId, value));
        }

        @Override
        public StreamHistory stream(String streamKey) {
            return read(() -> streams.get(streamKey));
        }

        @Override
        public void putStream(String streamKey, StreamHistory stream) {
            write(() -> streams.put(streamKey, stream));
        }

        @Override
        public void removeStream(String streamKey) {
            write(() -> streams.remove(streamKey));
        }

        @Override
        public Iterable<String> streamKeys() {
            return read(streams::keys);
        }
    }
}
