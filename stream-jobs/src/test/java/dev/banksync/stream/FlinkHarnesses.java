package dev.banksync.stream;

import dev.banksync.stream.state.StreamTypes;
import java.util.List;
import org.apache.flink.api.common.ExecutionConfig;
import org.apache.flink.api.common.state.MapStateDescriptor;
import org.apache.flink.runtime.state.StateBackend;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.streaming.api.functions.co.KeyedCoProcessFunction;
import org.apache.flink.streaming.api.operators.co.CoBroadcastWithKeyedOperator;
import org.apache.flink.streaming.api.operators.co.KeyedCoProcessOperator;
import org.apache.flink.streaming.util.KeyedBroadcastOperatorTestHarness;
import org.apache.flink.streaming.util.KeyedTwoInputStreamOperatorTestHarness;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.streaming.api.operators.KeyedProcessOperator;
import org.apache.flink.streaming.api.operators.ProcessOperator;
import org.apache.flink.streaming.util.KeyedOneInputStreamOperatorTestHarness;
import org.apache.flink.streaming.util.OneInputStreamOperatorTestHarness;
import org.apache.flink.runtime.checkpoint.OperatorSubtaskState;

/**
 * Flink operator test harnesses with generic types (the Kryo fallback) switched off, so a state or stream type
 * that Flink cannot serialise as a POJO fails the test instead of silently going through Kryo.
 */
public final class FlinkHarnesses {

    private FlinkHarnesses() {
    }

    public static <IN, OUT> OneInputStreamOperatorTestHarness<IN, OUT> of(ProcessFunction<IN, OUT> function)
            throws Exception {
        var harness = new OneInputStreamOperatorTestHarness<>(new ProcessOperator<>(function));
        withoutGenericTypes(harness.getExecutionConfig());
        harness.open();
        return harness;
    }

    /** A keyed harness, opened, optionally restored from a snapshot of an earlier one. */
    public static <IN, OUT> KeyedOneInputStreamOperatorTestHarness<String, IN, OUT> keyed(
            KeyedProcessFunction<String, IN, OUT> function, KeySelector<IN, String> key,
            OperatorSubtaskState restoreFrom) throws Exception {
        return keyed(function, key, restoreFrom, null);
    }

    /** A keyed harness on the given state backend (null: the heap), opened, optionally restored. */
    public static <IN, OUT> KeyedOneInputStreamOperatorTestHarness<String, IN, OUT> keyed(
            KeyedProcessFunction<String, IN, OUT> function, KeySelector<IN, String> key,
            OperatorSubtaskState restoreFrom, StateBackend backend) throws Exception {
        var harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(function), key, Types.STRING);
        withoutGenericTypes(harness.getExecutionConfig());
        if (backend != null) {
            harness.setStateBackend(backend);
        }
        if (restoreFrom != null) {
            harness.initializeState(restoreFrom);
        }
        harness.open();
        return harness;
    }

    public static <IN, OUT> KeyedOneInputStreamOperatorTestHarness<String, IN, OUT> keyed(
            KeyedProcessFunction<String, IN, OUT> function, KeySelector<IN, String> key) throws Exception {
        return keyed(function, key, null);
    }

    /** A keyed broadcast harness, opened. */
    public static <IN1, IN2, OUT> KeyedBroadcastOperatorTestHarness<String, IN1, IN2, OUT> keyedBroadcast(
            KeyedBroadcastProcessFunction<String, IN1, IN2, OUT> function, KeySelector<IN1, String> key,
            MapStateDescriptor<?, ?> descriptor) throws Exception {
        return keyedBroadcast(function, key, descriptor, null);
    }

    /** A keyed broadcast harness, opened, optionally restored from a snapshot of an earlier one. */
    public static <IN1, IN2, OUT> KeyedBroadcastOperatorTestHarness<String, IN1, IN2, OUT> keyedBroadcast(
            KeyedBroadcastProcessFunction<String, IN1, IN2, OUT> function, KeySelector<IN1, String> key,
            MapStateDescriptor<?, ?> descriptor, OperatorSubtaskState restoreFrom) throws Exception {
        var harness = new KeyedBroadcastOperatorTestHarness<>(
                new CoBroadcastWithKeyedOperator<>(function, List.of(descriptor)), key, Types.STRING, 1, 1, 0);
        withoutGenericTypes(harness.getExecutionConfig());
        if (restoreFrom != null) {
            harness.initializeState(restoreFrom);
        }
        harness.open();
        return harness;
    }

    /** A keyed two-input harness, opened. */
    public static <IN1, IN2, OUT> KeyedTwoInputStreamOperatorTestHarness<String, IN1, IN2, OUT> keyedCo(
            KeyedCoProcessFunction<String, IN1, IN2, OUT> function, KeySelector<IN1, String> key1,
            KeySelector<IN2, String> key2) throws Exception {
        var harness = new KeyedTwoInputStreamOperatorTestHarness<>(
                new KeyedCoProcessOperator<>(function), key1, key2, Types.STRING);
        withoutGenericTypes(harness.getExecutionConfig());
        harness.open();
        return harness;
    }

    private static void withoutGenericTypes(ExecutionConfig config) {
        StreamTypes.registerTypeFactories(); // as the job does before it builds any type
        ((SerializerConfigImpl) config.getSerializerConfig()).setGenericTypes(false);
    }
}
