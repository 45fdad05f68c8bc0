package dev.banksync.stream.categorise;

import dev.banksync.core.event.TransactionEvent;
import dev.banksync.ml.categorise.Categoriser;
import dev.banksync.stream.dedupe.LatestVersions;
import dev.banksync.stream.reference.ReferenceData;
import dev.banksync.stream.reference.ReferenceDataLoader;
import dev.banksync.stream.reference.ReferenceState;
import dev.banksync.stream.state.StateDescriptors;
import java.time.Duration;
import java.util.Objects;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.MapState;
import org.apache.flink.streaming.api.functions.co.KeyedBroadcastProcessFunction;
import org.apache.flink.util.Collector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Flink adapter of the {@link CategoryDecider}, keyed by user: transactions on one input, {@link ReferenceData}
 * snapshots (rules and corrections) broadcast on the other. It is the first keyed operator, so it also drops stale
 * versions ({@link LatestVersions}) before deciding: no separate operator, no extra network hop per event. A
 * correction event (a new version carrying the user's category) is remembered for its merchant in the user's
 * keyed state at once ({@link MerchantMemory}). The latest snapshot lives in broadcast state, so a rule or a
 * correction made in the ledger reaches the running job at the next poll, and a restored job has the configuration of its checkpoint. A first
 * snapshot is loaded when the function opens, so the first events already see the rules that were in place. When
 * a snapshot names another active model version of the registry, the function loads it and decides with it from
 * the next event on (unless it runs the fixed baseline); a version that cannot be loaded leaves the current model
 * deciding, with a warning.
 */
public class CategoriseFunction
        extends KeyedBroadcastProcessFunction<String, TransactionEvent, ReferenceData, CategorisedTransaction> {

    private static final Logger LOG = LoggerFactory.getLogger(CategoriseFunction.class);

    private final CategoriserFactory categoriserFactory;
    private final ReferenceDataLoader initialLoader;
    private final Duration stateTtl;

    private transient LatestVersions latestVersions;
    private transient MerchantMemory memory;
    private transient MerchantNormaliser normaliser;
    private transient CategoryDecider decider;
    private transient ReferenceData opened;
    private transient UserCategoryConfig config;
    /** The registry version deciding (or last asked for), null while the factory's own categoriser decides. */
    private transient String modelVersion;

    public CategoriseFunction(CategoriserFactory categoriserFactory, ReferenceDataLoader initialLoader,
                              Duration stateTtl) {
        this.categoriserFactory = Objects.requireNonNull(categoriserFactory, "categoriserFactory");
        this.initialLoader = Objects.requireNonNull(initialLoader, "initialLoader");
        this.stateTtl = Objects.requireNonNull(stateTtl, "stateTtl");
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        latestVersions = new LatestVersions(getRuntimeContext(), stateTtl);
        memory = new KeyedMerchantMemory(getRuntimeContext().getMapState(
                StateDescriptors.map("merchantMemory", RememberedCategory.class, stateTtl)));
        normaliser = new MerchantNormaliser();
        opened = initialLoader.load();
        config = new UserCategoryConfig(opened, normaliser);
        useModelOf(opened);
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
            useModelOf(current);
        }
        out.collect(decider.decide(event, config, memory));
    }

    /** Makes the snapshot's active registry model decide, when it is not deciding already. */
    private void useModelOf(ReferenceData data) {
        String wanted = categoriserFactory.followsRegistry() ? data.activeModelVersion() : null;
        if (decider != null && Objects.equals(wanted, modelVersion)) {
            return;
        }
        Categoriser categoriser = wanted == null ? categoriserFactory.create() : registered(wanted);
        if (categoriser == null && decider != null) {
            modelVersion = wanted; // keep deciding with the current model; try again when the version changes
            return;
        }
        decider = new CategoryDecider(categoriser != null ? categoriser : categoriserFactory.create(), normaliser);
        modelVersion = wanted;
    }

    private Categoriser registered(String version) {
        try {
            Categoriser loaded = initialLoader.categoriser(version).orElse(null);
            if (loaded == null) {
                LOG.warn("the active model version {} is not in the registry; the current model keeps deciding",
                        version);
            } else {
                LOG.info("categorising with the registry's active model {}", version);
            }
            return loaded;
        } catch (Exception e) {
            LOG.warn("could not load the active model version {}; the current model keeps deciding: {}", version,
                    e.toString());
            return null;
        }
    }

    @Override
    public void processBroadcastElement(ReferenceData snapshot, Context ctx, Collector<CategorisedTransaction> out)
            throws Exception {
        ReferenceData stored = ctx.getBroadcastState(ReferenceState.DESCRIPTOR).get(ReferenceState.CURRENT);
        if (stored == null || !snapshot.sameContentAs(stored)) { // an unchanged poll changes nothing
            ctx.getBroadcastState(ReferenceState.DESCRIPTOR).put(ReferenceState.CURRENT, snapshot);
        }
    }

    /** The current user's merchant memory in keyed state, an entry per merchant with the state TTL. */
    private record KeyedMerchantMemory(MapState<String, RememberedCategory> state) implements MerchantMemory {

        @Override
        public RememberedCategory get(String merchantKey) throws Exception {
            return state.get(merchantKey);
        }

        @Override
        public void put(String merchantKey, RememberedCategory remembered) throws Exception {
            state.put(merchantKey, remembered);
        }
    }
}
