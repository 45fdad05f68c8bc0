package dev.banksync.stream.reference;

import dev.banksync.stream.state.StreamTypes;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The periodic poll of the ledger's configuration as a Flink Source v2, built on Flink's own
 * {@link DataGeneratorSource}: its rate limiter paces the polls and its checkpointed position makes the source
 * restartable, and each "generated" element is a fresh {@link ReferenceData} snapshot. Run it with parallelism 1
 * and broadcast it.
 */
public final class ReferencePollSource {

    private ReferencePollSource() {
    }

    /** Polls until the job ends. */
    public static DataGeneratorSource<ReferenceData> create(ReferenceDataLoader loader, Duration interval) {
        return create(loader, interval, Long.MAX_VALUE);
    }

    /** At most {@code polls} polls: a bounded job (a fixed range of the topic) polls once and can finish. */
    public static DataGeneratorSource<ReferenceData> create(ReferenceDataLoader loader, Duration interval,
                                                            long polls) {
        Objects.requireNonNull(loader, "loader");
        if (interval.toMillis() < 100) {
            throw new IllegalArgumentException("reference poll interval must be at least 100 ms, was " + interval);
        }
        // A single poll is not paced: the rate limiter would hold the finished source open for a whole interval
        // (and with it the end of a bounded job).
        RateLimiterStrategy<?> pace = polls == 1 ? RateLimiterStrategy.noOp()
                : RateLimiterStrategy.perSecond(1000.0 / interval.toMillis());
        return new DataGeneratorSource<>(new Poll(loader), polls, pace, StreamTypes.of(ReferenceData.class));
    }

    /**
     * One poll per generated index. While the database is unreachable the last good snapshot is repeated (and the
     * failure logged) so that a database outage does not restart the whole job; only a first poll that fails
     * fails the task, and Flink's restart strategy retries it.
     */
    static final class Poll implements GeneratorFunction<Long, ReferenceData> {

        private static final Logger LOG = LoggerFactory.getLogger(Poll.class);

        private final ReferenceDataLoader loader;
        private transient ReferenceData lastGood;

        Poll(ReferenceDataLoader loader) {
            this.loader = loader;
        }

        @Override
        public ReferenceData map(Long index) throws Exception {
            try {
                lastGood = loader.load();
            } catch (Exception e) {
                if (lastGood == null) {
                    throw e;
                }
                LOG.warn("Polling rules, corrections and budgets failed; keeping the snapshot of {}: {}",
                        Instant.ofEpochMilli(lastGood.loadedAtMillis()), e.toString());
            }
            return lastGood;
        }
    }
}
