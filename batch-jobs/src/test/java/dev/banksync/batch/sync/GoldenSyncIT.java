package dev.banksync.batch.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.batch.outbox.OutboxProducers;
import dev.banksync.batch.outbox.OutboxRelay;
import dev.banksync.sandbox.SandboxConfig;
import dev.banksync.sandbox.truth.TruthTransaction;
import dev.banksync.testkit.BanksyncKafka;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.kafka.TestKafka;
import dev.banksync.testkit.postgres.TestDatabase;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The golden scenario: five scheduled syncs across simulated days while pendings post (with and without the
 * link, with tips and holds), amounts change and transactions are removed. After every sync the ledger equals
 * the bank's ground truth exactly; at the end the events on Kafka, folded, equal it too. Small pages, one page
 * per commit, so pendings are committed before they post and every kind of change crosses commit boundaries.
 */
@ExtendWith({BanksyncPostgres.class, BanksyncKafka.class})
class GoldenSyncIT {

    private static final int USERS = 8;

    @Test
    void fiveSyncsAcrossSimulatedDaysEqualTheBanksTruthInTheLedgerAndOnKafka(TestDatabase db, TestKafka kafka) {
        try (SyncHarness h = SyncHarness.start(db, SandboxConfig.defaults().withUsers(USERS).withHistoryDays(20),
                "banksync.sync.sandbox.page-size=25", "banksync.sync.pages-per-commit=1")) {
            Map<String, Long> ids = h.link("sandbox", USERS);
            int[] daysBetweenSyncs = {0, 1, 2, 1, 3};
            for (int days : daysBetweenSyncs) {
                if (days > 0) {
                    h.bank.advanceDays(days);
                }
                BankSyncResult result = h.service().syncAll(h.bank.today(), "06:00");

                assertThat(result.outcome()).as("%s: %s", h.bank.today(), result)
                        .isEqualTo(BankSyncResult.Outcome.COMPLETED);
                ids.forEach((sandboxId, id) -> assertThat(LiveTransaction.ledger(h.sql, id))
                        .as("%s on %s", sandboxId, h.bank.today())
                        .containsExactlyInAnyOrderElementsOf(LiveTransaction.truth(h.bank.groundTruth(sandboxId))));
            }
            assertThat(h.sql.queryForObject("SELECT sum(pending_posted) FROM ops.sync_runs", Long.class))
                    .as("pendings posted while we watched").isPositive();
            assertThat(h.sql.queryForObject("SELECT sum(removed) + sum(updated) FROM ops.sync_runs", Long.class))
                    .as("removals and modifications happened").isPositive();

            int events = relayEverything(db, kafka);
            EventFold fold = new EventFold(
                    kafka.readAll(kafka.topics().transactions(), events, Duration.ofSeconds(60)));

            Set<LiveTransaction> truth = new HashSet<>();
            ids.keySet().forEach(sandboxId -> truth.addAll(LiveTransaction.truth(h.bank.groundTruth(sandboxId))));
            assertThat(fold.live(h.sql)).containsExactlyInAnyOrderElementsOf(truth);
            assertPendingLinksMatchTheTruth(h, ids);
        }
    }

    /**
     * Every posted transaction whose pending we held names it in {@code replaces}: always where the bank reported
     * the link, and for the postings without one (found by the fuzzy matcher) nearly always and never wrongly.
     */
    private static void assertPendingLinksMatchTheTruth(SyncHarness h, Map<String, Long> ids) {
        Map<String, String> ourLinks = h.sql.query("""
                SELECT t.external_id, p.external_id FROM ledger.transactions t
                JOIN ledger.transactions p ON p.transaction_id = t.replaces WHERE t.removed_at IS NULL""",
                rs -> {
                    Map<String, String> m = new java.util.HashMap<>();
                    while (rs.next()) {
                        m.put(rs.getString(1), rs.getString(2));
                    }
                    return m;
                });
        Set<String> pendingsWeHeld = new HashSet<>(h.sql.queryForList(
                "SELECT external_id FROM ledger.transactions WHERE status = 'PENDING'", String.class));
        List<TruthTransaction> settled = ids.keySet().stream().flatMap(id -> h.bank.groundTruth(id).transactions())
                .filter(t -> t.replacesPendingId() != null && pendingsWeHeld.contains(t.replacesPendingId()))
                .toList();
        List<TruthTransaction> linked = settled.stream().filter(t -> t.pendingTransactionId() != null).toList();
        List<TruthTransaction> unlinked = settled.stream().filter(t -> t.pendingTransactionId() == null).toList();
        assertThat(linked).isNotEmpty().allSatisfy(t ->
                assertThat(ourLinks.get(t.transactionId())).as(t.transactionId()).isEqualTo(t.replacesPendingId()));
        long found = unlinked.stream()
                .filter(t -> t.replacesPendingId().equals(ourLinks.get(t.transactionId()))).count();
        Map<String, String> truthLinks = settled.stream()
                .collect(Collectors.toMap(TruthTransaction::transactionId, TruthTransaction::replacesPendingId));
        assertThat(ourLinks).as("no posting claims a pending that is not its own")
                .allSatisfy((posted, pending) -> assertThat(truthLinks.get(posted)).isEqualTo(pending));
        LoggerFactory.getLogger(GoldenSyncIT.class).info("pending links: {} reported, all found; {} of {} unreported "
                + "found by the fuzzy matcher; {} links made in all, none wrong", linked.size(), found, unlinked.size(),
                ourLinks.size());
        assertThat(found).as("fuzzy matches among %d unlinked postings", unlinked.size())
                .isGreaterThanOrEqualTo(Math.round(unlinked.size() * 0.9));
    }

    private static int relayEverything(TestDatabase db, TestKafka kafka) {
        int total = 0;
        try (OutboxRelay relay = new OutboxRelay(db.dataSource(),
                OutboxProducers.create(kafka.bootstrapServers(), Map.of()), kafka.topics())) {
            for (int sent = relay.relayOnce(1000); sent > 0; sent = relay.relayOnce(1000)) {
                total += sent;
            }
        }
        assertThat(db.queryLong("SELECT count(*) FROM ops.outbox WHERE sent_at IS NULL")).isZero();
        return total;
    }
}
