package dev.banksync.stream;

import dev.banksync.stream.state.StreamTypes;
import org.apache.flink.api.common.ExecutionConfig;
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
        var harness = new KeyedOneInputStreamOperatorTestHarness<>(
                new KeyedProcessOperator<>(function), key, Types.STRING);
        withoutGenericTypes(harness.getExecutionConfig());
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

    private static void withoutGenericTypes(ExecutionConfig config) {
        StreamTypes.registerTypeFactories(); // as the job does before it builds any type
        ((SerializerConfigImpl) config.getSerializerConfig()).setGenericTypes(false);
    }
}
