package dev.banksync.stream.validate;

import dev.banksync.core.event.EventJson;
import dev.banksync.core.event.InvalidEventException;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.state.StreamTypes;
import java.time.Instant;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Reads raw record values as {@link TransactionEvent}s with core's strict {@link EventJson}. A value that cannot
 * be read or breaks the contract goes to the {@link #DEAD_LETTERS} side output with the reason, so one poison
 * record never stops the job and none is silently dropped.
 */
public class ParseTransactionEvent extends ProcessFunction<byte[], TransactionEvent> {

    public static final OutputTag<DeadLetter> DEAD_LETTERS =
            new OutputTag<>("dead-letters", StreamTypes.of(DeadLetter.class));

    private transient Counter rejected;

    @Override
    public void open(OpenContext openContext) {
        rejected = getRuntimeContext().getMetricGroup().counter("transactionEventsRejected");
    }

    @Override
    public void processElement(byte[] value, Context ctx, Collector<TransactionEvent> out) {
        try {
            out.collect(EventJson.readTransaction(value));
        } catch (InvalidEventException e) {
            rejected.inc();
            Instant now = Instant.ofEpochMilli(ctx.timerService().currentProcessingTime());
            ctx.output(DEAD_LETTERS, DeadLetter.of(e, value, now));
        }
    }
}
