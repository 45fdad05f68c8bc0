package dev.banksync.stream.anomaly;

import static dev.banksync.stream.state.KeyedState.read;
import static dev.banksync.stream.state.KeyedState.write;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.stream.categorise.CategorisedTransaction;
import dev.banksync.stream.state.StateDescriptors;
import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Flink adapter of the {@link AnomalyDetector}, keyed by user: the detector's memory is this user's keyed state
 * (seen transactions, category histories, per merchant its first and recent payments, a summary of recent
 * activity), all with the state TTL. Each piece is its own entry so that a payment rewrites only the small entries
 * it touches: a write serialises the whole value (into the state changelog or RocksDB).
 */
public class AnomalyFunction extends KeyedProcessFunction<String, CategorisedTransaction, AlertEvent> {

    private final AnomalySettings settings;
    private final Duration stateTtl;

    private transient AnomalyDetector detector;
    private transient AnomalyState state;

    public AnomalyFunction(AnomalySettings settings, Duration stateTtl) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.stateTtl = Objects.requireNonNull(stateTtl, "stateTtl");
    }

    @Override
    public void open(OpenContext openContext) {
        detector = new AnomalyDetector(settings);
        state = new KeyedAnomalyState(
                getRuntimeContext().getMapState(StateDescriptors.map("anomalySeen", SeenCharge.class, stateTtl)),
                getRuntimeContext().getMapState(
                        StateDescriptors.map("anomalyHistories", AmountHistory.class, stateTtl)),
                getRuntimeContext().getMapState(
                        StateDescriptors.map("anomalyMerchants", MerchantPayments.class, stateTtl)),
                getRuntimeContext().getState(StateDescriptors.value("anomalyActivity", UserActivity.class, stateTtl)));
    }

    @Override
    public void processElement(CategorisedTransaction value, Context ctx, Collector<AlertEvent> out) {
        for (AlertEvent alert : detector.apply(value, state)) {
            out.collect(alert);
        }
    }

    /** The current key's state seen as an {@link AnomalyState}. */
    private record KeyedAnomalyState(MapState<String, SeenCharge> seen, MapState<String, AmountHistory> histories,
                                     MapState<String, MerchantPayments> merchantState,
                                     ValueState<UserActivity> activityState)
            implements AnomalyState {

        @Override
        public SeenCharge seen(String transactionId) {
            return read(() -> seen.get(transactionId));
        }

        @Override
        public void putSeen(String transactionId, SeenCharge value) {
            write(() -> seen.put(transactionId, value));
        }

        @Override
        public AmountHistory history(String key) {
            return read(() -> histories.get(key));
        }

        @Override
        public void putHistory(String key, AmountHistory history) {
            write(() -> histories.put(key, history));
        }

        @Override
        public MerchantPayments merchant(String merchantKey) {
            return read(() -> merchantState.get(merchantKey));
        }

        @Override
        public void putMerchant(String merchantKey, MerchantPayments payments) {
            if (payments.isEmpty()) {
                write(() -> merchantState.remove(merchantKey));
            } else {
                write(() -> merchantState.put(merchantKey, payments));
            }
        }

        @Override
        public Iterable<MerchantPayments> merchants() {
            return read(merchantState::values);
        }

        @Override
        public UserActivity activity() {
            UserActivity current = read(activityState::value);
            return current != null ? current : new UserActivity();
        }

        @Override
        public void putActivity(UserActivity value) {
            write(() -> activityState.update(value));
        }
    }
}
