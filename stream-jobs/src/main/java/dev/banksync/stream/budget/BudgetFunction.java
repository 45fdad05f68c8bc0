package dev.banksync.stream.budget;

import static dev.banksync.stream.state.KeyedState.read;
import static dev.banksync.stream.state.KeyedState.write;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.stream.reference.BudgetRow;
import dev.banksync.stream.reference.ReferenceData;
import dev.banksync.stream.reference.ReferenceDataLoader;
import dev.banksync.stream.reference.ReferenceState;
import dev.banksync.stream.spending.Bucket;
import dev.banksync.stream.spending.SpendingChange;
import dev.banksync.stream.state.StateDescriptors;
import dev.banksync.stream.state.StateTtl;
import dev.banksync.stream.state.StreamTypes;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Flink adapter of the {@link BudgetTracker}, keyed by user: spending changes on one input, {@link ReferenceData}
 * (with the ledger's budgets) broadcast on the other. When the budgets change, every user with spending in state
 * is re-evaluated at once, so a new or lowered budget reports (and alerts) without waiting for the next payment.
 * Threshold alerts go to {@link #ALERTS}.
 */
public class BudgetFunction extends KeyedBroadcastProcessFunction<String, SpendingChange, ReferenceData, BudgetStatusRow> {

    public static final OutputTag<AlertEvent> ALERTS = new OutputTag<>("budget-alerts", StreamTypes.of(AlertEvent.class));

    private final ReferenceDataLoader initialLoader;
    private final Duration stateTtl;

    private transient BudgetTracker tracker;
    private transient MapStateDescriptor<Bucket, Long> spentDescriptor;
    private transient BudgetState state;
    private transient ReferenceData opened;
    private transient ReferenceData indexed;
    private transient Map<String, List<BudgetRow>> budgetsByUser;

    public BudgetFunction(ReferenceDataLoader initialLoader, Duration stateTtl) {
        this.initialLoader = Objects.requireNonNull(initialLoader, "initialLoader");
        this.stateTtl = Objects.requireNonNull(stateTtl, "stateTtl");
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        tracker = new BudgetTracker();
        spentDescriptor = new MapStateDescriptor<>("budgetSpent", StreamTypes.of(Bucket.class), Types.LONG);
        spentDescriptor.enableTimeToLive(StateTtl.of(stateTtl));
        state = new KeyedBudgetState(getRuntimeContext().getMapState(spentDescriptor),
                getRuntimeContext().getMapState(StateDescriptors.map("budgetPeriods", BudgetPeriod.class, stateTtl)));
        opened = initialLoader.load();
    }

    @Override
    public void processElement(SpendingChange change, ReadOnlyContext ctx, Collector<BudgetStatusRow> out)
            throws Exception {
        ReferenceData current = ReferenceState.current(ctx.getBroadcastState(ReferenceState.DESCRIPTOR), opened);
        BudgetTracker.Changes changes = tracker.onSpending(change.row(), change.at(),
                budgetsOf(current, change.row().userId()), state);
        changes.rows().forEach(out::collect);
        changes.alerts().forEach(alert -> ctx.output(ALERTS, alert));
    }

    @Override
    public void processBroadcastElement(ReferenceData snapshot, Context ctx, Collector<BudgetStatusRow> out)
            throws Exception {
        ReferenceData previous = ReferenceState.current(ctx.getBroadcastState(ReferenceState.DESCRIPTOR), opened);
        if (previous != null && snapshot.budgets().equals(previous.budgets())) {
            return;
        }
        ctx.getBroadcastState(ReferenceState.DESCRIPTOR).put(ReferenceState.CURRENT, snapshot);
        Instant at = Instant.ofEpochMilli(snapshot.loadedAtMillis());
        ctx.applyToKeyedState(spentDescriptor, (userId, spent) -> {
            BudgetTracker.Changes changes = tracker.onBudgets(userId, budgetsOf(snapshot, userId), at, state);
            changes.rows().forEach(out::collect);
            changes.alerts().forEach(alert -> ctx.output(ALERTS, alert));
        });
    }

    private List<BudgetRow> budgetsOf(ReferenceData data, String userId) {
        if (data != indexed) {
            budgetsByUser = new HashMap<>();
            for (BudgetRow budget : data.budgets()) {
                budgetsByUser.computeIfAbsent(budget.userId(), u -> new java.util.ArrayList<>()).add(budget);
            }
            indexed = data;
        }
        return budgetsByUser.getOrDefault(userId, List.of());
    }

    private record KeyedBudgetState(MapState<Bucket, Long> spentState, MapState<String, BudgetPeriod> periods)
            implements BudgetState {

        @Override
        public Map<Bucket, Long> spent() {
            Map<Bucket, Long> copy = new HashMap<>();
            read(() -> {
                for (Map.Entry<Bucket, Long> entry : spentState.entries()) {
                    copy.put(entry.getKey(), entry.getValue());
                }
                return null;
            });
            return copy;
        }

        @Override
        public void putSpent(Bucket bucket, long spentMinor) {
            write(() -> spentState.put(bucket, spentMinor));
        }

        @Override
        public void removeSpent(Bucket bucket) {
            write(() -> spentState.remove(bucket));
        }

        @Override
        public BudgetPeriod period(String periodKey) {
            return read(() -> periods.get(periodKey));
        }

        @Override
        public void putPeriod(String periodKey, BudgetPeriod period) {
            write(() -> periods.put(periodKey, period));
        }

        @Override
        public void removePeriod(String periodKey) {
            write(() -> periods.remove(periodKey));
        }

        @Override
        public Iterable<String> periodKeys() {
            return read(periods::keys);
        }
    }
}
