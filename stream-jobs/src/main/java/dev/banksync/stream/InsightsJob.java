package dev.banksync.stream;

import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.categorise.CategorisedTransaction;
import dev.banksync.stream.categorise.CategoriseTransaction;
import dev.banksync.stream.categorise.CategoriserFactory;
import dev.banksync.stream.dedupe.DropStaleVersions;
import dev.banksync.stream.spending.SpendingMonthlyFunction;
import dev.banksync.stream.spending.SpendingRow;
import dev.banksync.stream.state.StateTtl;
import dev.banksync.stream.state.StreamTypes;
import dev.banksync.stream.validate.DeadLetter;
import dev.banksync.stream.validate.ParseTransactionEvent;
import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamUtils;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The insights pipeline, independent of where its data comes from and goes to (the flink-training habit: tests
 * plug in their own source and sinks):
 * <pre>
 * raw values ─> parse (unreadable ─> dead letters) ─> keyBy(user) ─> drop stale versions ─> categorise
 *            ─> spending per user × month × category × currency ─> spending rows
 * </pre>
 * Everything after the first keyBy stays keyed by user on the same subtask, so one user's events keep their order
 * through every per-user feature. Operator uids are stable: they name the state in checkpoints and savepoints.
 */
public final class InsightsJob {

    public static final String NAME = "banksync-insights";

    private final Source<byte[], ?, ?> source;
    private final Sink<SpendingRow> spendingSink;
    private final Sink<DeadLetter> deadLetterSink;
    private final CategoriserFactory categoriserFactory;
    private final Duration stateTtl;

    /** With the baseline categoriser and the default state TTL. */
    public InsightsJob(Source<byte[], ?, ?> source, Sink<SpendingRow> spendingSink, Sink<DeadLetter> deadLetterSink) {
        this(source, spendingSink, deadLetterSink, CategoriserFactory.baseline(), StateTtl.DEFAULT);
    }

    public InsightsJob(Source<byte[], ?, ?> source, Sink<SpendingRow> spendingSink, Sink<DeadLetter> deadLetterSink,
                       CategoriserFactory categoriserFactory, Duration stateTtl) {
        this.source = Objects.requireNonNull(source, "source");
        this.spendingSink = Objects.requireNonNull(spendingSink, "spendingSink");
        this.deadLetterSink = Objects.requireNonNull(deadLetterSink, "deadLetterSink");
        this.categoriserFactory = Objects.requireNonNull(categoriserFactory, "categoriserFactory");
        this.stateTtl = Objects.requireNonNull(stateTtl, "stateTtl");
    }

    /** Runs the pipeline on the context's environment (the cluster under {@code flink run}) until it ends. */
    public JobExecutionResult execute() throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        build(env);
        return env.execute(NAME);
    }

    /** Adds the pipeline to {@code env}; the caller configures the environment and executes it. */
    public void build(StreamExecutionEnvironment env) {
        SingleOutputStreamOperator<TransactionEvent> events = env
                .fromSource(source, WatermarkStrategy.noWatermarks(), "transactions",
                        PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO)
                .uid("transactions-source")
                .process(new ParseTransactionEvent(), StreamTypes.of(TransactionEvent.class))
                .uid("parse-transaction-event").name("parse transaction event");
        events.getSideOutput(ParseTransactionEvent.DEAD_LETTERS)
                .sinkTo(deadLetterSink)
                .uid("dead-letter-sink").name("dead letters");

        KeyedStream<CategorisedTransaction, String> categorised = categorisedByUser(events);
        categorised
                .process(new SpendingMonthlyFunction(stateTtl), StreamTypes.of(SpendingRow.class))
                .uid("spending-monthly").name("spending monthly")
                .sinkTo(spendingSink)
                .uid("spending-monthly-sink").name("spending monthly sink");
    }

    private KeyedStream<CategorisedTransaction, String> categorisedByUser(DataStream<TransactionEvent> events) {
        DataStream<CategorisedTransaction> categorised = events
                .keyBy(TransactionEvent::userId, Types.STRING)
                .process(new DropStaleVersions(stateTtl), StreamTypes.of(TransactionEvent.class))
                .uid("drop-stale-versions").name("drop stale versions")
                .map(new CategoriseTransaction(categoriserFactory), StreamTypes.of(CategorisedTransaction.class))
                .uid("categorise").name("categorise");
        // The map runs chained on the subtask that owns the user's key group, so the stream is still partitioned
        // by user: reinterpreting it saves a second network shuffle and keeps each user's order.
        return DataStreamUtils.reinterpretAsKeyedStream(categorised, CategorisedTransaction::userId, Types.STRING);
    }
}
