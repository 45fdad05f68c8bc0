package dev.banksync.stream.state;

import java.time.Duration;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/** Keyed state descriptors with the job's TTL policy ({@link StateTtl}) always on: no state grows without bound. */
public final class StateDescriptors {

    private StateDescriptors() {
    }

    public static <V> MapStateDescriptor<String, V> map(String name, Class<V> valueType, Duration ttl) {
        return map(name, StreamTypes.of(valueType), ttl);
    }

    public static <V> MapStateDescriptor<String, V> map(String name, TypeInformation<V> valueType, Duration ttl) {
        MapStateDescriptor<String, V> descriptor = new MapStateDescriptor<>(name, Types.STRING, valueType);
        descriptor.enableTimeToLive(StateTtl.of(ttl));
        return descriptor;
    }

    public static <V> ValueStateDescriptor<V> value(String name, Class<V> type, Duration ttl) {
        ValueStateDescriptor<V> descriptor = new ValueStateDescriptor<>(name, StreamTypes.of(type));
        descriptor.enableTimeToLive(StateTtl.of(ttl));
        return descriptor;
    }
}
