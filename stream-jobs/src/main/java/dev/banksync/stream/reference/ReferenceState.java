package dev.banksync.stream.reference;

import dev.banksync.stream.state.StreamTypes;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ReadOnlyBroadcastState;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * The broadcast state that holds the latest {@link ReferenceData} under one key. Every operator that connects to the
 * reference stream uses this descriptor, so they all see the same snapshot.
 */
public final class ReferenceState {

    public static final MapStateDescriptor<String, ReferenceData> DESCRIPTOR = new MapStateDescriptor<>(
            "referenceData", Types.STRING, StreamTypes.of(ReferenceData.class));

    public static final String CURRENT = "current";

    private ReferenceState() {
    }

    /** The snapshot in broadcast state, else {@code fallback} (what the operator loaded when it opened). */
    public static ReferenceData current(ReadOnlyBroadcastState<String, ReferenceData> state, ReferenceData fallback)
            throws Exception {
        ReferenceData stored = state.get(CURRENT);
        if (stored == null) {
            return fallback;
        }
        return fallback != null && fallback.loadedAtMillis() > stored.loadedAtMillis() ? fallback : stored;
    }
}
