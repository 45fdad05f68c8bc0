package dev.banksync.stream.categorise;

import dev.banksync.core.event.TransactionEvent;
import dev.banksync.stream.dedupe.LatestVersions;
import dev.banksync.stream.reference.ReferenceData;
import dev.banksync.stream.reference.ReferenceDataLoader;
import dev.banksync.stream.reference.ReferenceState;
import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;

/**
 * Flink adapter of the {@link CategoryDecider}, keyed by user: transactions on one input, {@link ReferenceData}
 * snapshots (rules and corrections) broadcast on the other. It is the first keyed operator, so it also drops stale
 * versions ({@link LatestVersions}) before deciding: no separate operator, no extra network hop per event. The latest snapshot lives in broadcast state, so a rule or a correction
 * reaches the running job at the next poll, and a restored job has the configuration of its checkpoint. A first
 * snapshot is loaded when the function opens, so the first events already see the rules that were in place.
 */
public class CategoriseFunction
        extends KeyedBroadcastProcessFunction<String, TransactionEvent, ReferenceData, CategorisedTransaction> {

    private final CategoriserFactory categoriserFactory;
    private final ReferenceDataLoader initialLoader;
    private final Duration stateTtl;

    private transient LatestVersions latestVersions;
    private transient MerchantNormaliser normaliser;
    private transient CategoryDecider decider;
    private transient ReferenceData opened;
    private transient UserCategoryConfig config;

    public CategoriseFunction(CategoriserFactory categoriserFactory, ReferenceDataLoader initialLoader,
                              Duration stateTtl) {
        this.categoriserFactory = Objects.requireNonNull(categoriserFactory, "categoriserFactory");
        this.initialLoader = Objects.requireNonNull(initialLoader, "initialLoader");
        this.stateTtl = Objects.requireNonNull(stateTtl, "stateTtl");
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        latestVersions = new LatestVersions(getRuntimeContext(), stateTtl);
        normaliser = new MerchantNormaliser();
        decider = new CategoryDecider(categoriserFactory.create(), normaliser);
        opened = initialLoader.load();
        config = new UserCategoryConfig(opened, normaliser);
    }

    @Override
    public void processElement(TransactionEvent event, ReadOnlyContext ctx, Collector<CategorisedTransaction> out)
            throws Exception {
        if (!latestVersions.admit(event)) {
            return;
        }
        ReferenceData current = ReferenceState.current(ctx.getBroadcastState(ReferenceState.DESCRIPTOR), opened);
        if (current != config.source()) {
            config = new UserCategoryConfig(current, normaliser); // once per snapshot, e.g. after a restore
        }
        out.collect(decider.decide(event, config));
    }

    @Override
    public void processBroadcastElement(ReferenceData snapshot, Context ctx, Collector<CategorisedTransaction> out)
            throws Exception {
        ReferenceData stored = ctx.getBroadcastState(ReferenceState.DESCRIPTOR).get(ReferenceState.CURRENT);
        if (stored == null || !snapshot.sameContentAs(stored)) { // an unchanged poll changes nothing
            ctx.getBroadcastState(ReferenceState.DESCRIPTOR).put(ReferenceState.CURRENT, snapshot);
        }
    }
}
