package dev.banksync.stream;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.alert.Alerts;
import dev.banksync.stream.anomaly.AnomalyFunction;
import dev.banksync.stream.budget.BudgetFunction;
import dev.banksync.stream.budget.BudgetStatusRow;
import dev.banksync.stream.categorise.CategorisedTransaction;
import dev.banksync.stream.categorise.CategoriseFunction;
import dev.banksync.stream.forecast.ForecastFunction;
import dev.banksync.stream.forecast.ForecastRow;
import dev.banksync.stream.recurring.RecurringFunction;
import dev.banksync.stream.recurring.RecurringStreamRow;
import dev.banksync.stream.reference.ReferenceData;
import dev.banksync.stream.reference.ReferencePollSource;
import dev.banksync.stream.reference.ReferenceState;
import dev.banksync.stream.spending.SpendingChange;
import dev.banksync.stream.spending.SpendingMonthlyFunction;
import dev.banksync.stream.spending.SpendingRow;
import dev.banksync.stream.state.StreamTypes;
import dev.banksync.stream.validate.ParseTransactionEvent;
import java.util.Objects;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.Boundedness;
import org.apache.flink.api.connector.source.Source;
import org.apache.flink.streaming.api.datastream.BroadcastStream;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.DataStreamUtils;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * The insights pipeline, independent of where its data comes from and goes to (the flink-training habit: tests
 * plug in their own source and sinks):
 * <pre>
 * raw values ─> parse (unreadable ─> dead letters) ─> keyBy(user) ─> drop stale versions, categorise
 *   (+ rules/corrections/budgets polled from the ledger, broadcast) ─> categories
 *        ├─> spending per user × month × category × currency ─> spending rows
 *        │     └─> spending changes ─> budgets (+ broadcast) ─> budget status, threshold alerts
 *        │                        └─> forecast (+ recurring streams) ─> forecasts
 *        ├─> anomalies ─> alerts
 *        └─> recurring streams ─> streams, price increase alerts
 * alerts ─> Kafka topic, insights.alerts, insights.anomalies
 * </pre>
 * Everything after the first keyBy stays on the subtask that owns the user's key group (reinterpreted as keyed
 * instead of shuffled again), so one user's events keep their order through every feature. Operator uids are
 * stable: they name the state in checkpoints and savepoints.
 */
public final class InsightsJob {

    public static final String NAME = "banksync-insights";

    private final Source<byte[], ?, ?> source;
    private final InsightsSinks sinks;
    private final InsightsSettings settings;

    public InsightsJob(Source<byte[], ?, ?> source, InsightsSinks sinks, InsightsSettings settings) {
        this.source = Objects.requireNonNull(source, "source");
        this.sinks = Objects.requireNonNull(sinks, "sinks");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** The same job writing to other sinks (benchmarks discard some outputs to measure the rest). */
    public InsightsJob withSinks(InsightsSinks other) {
        return new InsightsJob(source, other, settings);
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
                .sinkTo(sinks.deadLetters())
                .uid("dead-letter-sink").name("dead letters");

        BroadcastStream<ReferenceData> reference = referenceData(env);
        KeyedStream<CategorisedTransaction, String> categorised = categorisedByUser(events, reference);
        categorised.sinkTo(sinks.categories()).uid("categories-sink").name("transaction categories sink");

        SingleOutputStreamOperator<SpendingRow> spending = categorised
                .process(new SpendingMonthlyFunction(settings.stateTtl()), StreamTypes.of(SpendingRow.class))
                .uid("spending-monthly").name("spending monthly");
        spending.sinkTo(sinks.spending()).uid("spending-monthly-sink").name("spending monthly sink");
        KeyedStream<SpendingChange, String> spendingChanges = DataStreamUtils.reinterpretAsKeyedStream(
                spending.getSideOutput(SpendingMonthlyFunction.CHANGES), change -> change.row().userId(),
                Types.STRING);

        SingleOutputStreamOperator<BudgetStatusRow> budgets = spendingChanges.connect(reference)
                .process(new BudgetFunction(settings.referenceData(), settings.stateTtl()),
                        StreamTypes.of(BudgetStatusRow.class))
                .uid("budgets").name("budgets");
        budgets.sinkTo(sinks.budgetStatus()).uid("budget-status-sink").name("budget status sink");

        SingleOutputStreamOperator<AlertEvent> anomalies = categorised
                .process(new AnomalyFunction(settings.anomalies(), settings.stateTtl()),
                        StreamTypes.of(AlertEvent.class))
                .uid("anomalies").name("anomalies");

        SingleOutputStreamOperator<RecurringStreamRow> recurring = categorised
                .process(new RecurringFunction(settings.anomalies(), settings.stateTtl()),
                        StreamTypes.of(RecurringStreamRow.class))
                .uid("recurring-streams").name("recurring streams");
        recurring.sinkTo(sinks.recurringStreams()).uid("recurring-streams-sink").name("recurring streams sink");

        spendingChanges
                .connect(DataStreamUtils.reinterpretAsKeyedStream(recurring, RecurringStreamRow::userId, Types.STRING))
                .process(new ForecastFunction(settings.stateTtl()), StreamTypes.of(ForecastRow.class))
                .uid("forecast").name("forecast")
                .sinkTo(sinks.forecasts()).uid("forecasts-sink").name("forecasts sink");

        DataStream<AlertEvent> alerts = anomalies.union(
                recurring.getSideOutput(RecurringFunction.ALERTS), budgets.getSideOutput(BudgetFunction.ALERTS));
        alerts.sinkTo(sinks.alertsTopic()).uid("alerts-topic-sink").name("alerts topic");
        alerts.sinkTo(sinks.alertsTable()).uid("alerts-table-sink").name("alerts table");
        alerts.filter(Alerts::isAnomaly).uid("anomalies-only").name("anomalies only")
                .sinkTo(sinks.anomaliesTable()).uid("anomalies-table-sink").name("anomalies table");
    }

    /**
     * The ledger's rules, corrections and budgets, polled by one source subtask and broadcast to every user's. When
     * the transactions source is bounded (a fixed range of the topic), one poll suffices and lets the job finish.
     */
    private BroadcastStream<ReferenceData> referenceData(StreamExecutionEnvironment env) {
        long polls = source.getBoundedness() == Boundedness.BOUNDED ? 1 : Long.MAX_VALUE;
        return env.fromSource(
                        ReferencePollSource.create(settings.referenceData(), settings.referencePollInterval(), polls),
                        WatermarkStrategy.noWatermarks(), "reference data", StreamTypes.of(ReferenceData.class))
                .setParallelism(1)
                .uid("reference-data-poll")
                .broadcast(ReferenceState.DESCRIPTOR);
    }

    private KeyedStream<CategorisedTransaction, String> categorisedByUser(
            DataStream<TransactionEvent> events, BroadcastStream<ReferenceData> reference) {
        DataStream<CategorisedTransaction> categorised = events
                .keyBy(TransactionEvent::userId, Types.STRING)
                .connect(reference)
                .process(new CategoriseFunction(settings.categoriser(), settings.referenceData(), settings.stateTtl()),
                        StreamTypes.of(CategorisedTransaction.class))
                .uid("categorise").name("drop stale versions, categorise");
        // The features are chained to the categoriser, on the subtask that owns the user's key group, so the
        // stream is still partitioned by user: reinterpreting it saves a second network shuffle and keeps order.
        return DataStreamUtils.reinterpretAsKeyedStream(categorised, CategorisedTransaction::userId, Types.STRING);
    }
}
