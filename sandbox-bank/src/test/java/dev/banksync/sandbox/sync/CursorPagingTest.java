package dev.banksync.sandbox.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banksync.sandbox.api.BankApiException;
import dev.banksync.sandbox.api.BankError;
import dev.banksync.sandbox.ledger.ChangeLog;
import dev.banksync.sandbox.ledger.SimTransaction;
import dev.banksync.sandbox.simulation.ConnectionSimulator;
import dev.banksync.sandbox.simulation.Simulators;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CursorPagingTest {

    private static final long SEED = 42;
    private static final int USER = 6;
    private final CursorCodec codec = new CursorCodec(SEED);
    private final SyncService sync = new SyncService(codec);

    @Test
    void small_pages_and_one_big_page_fold_to_the_same_live_set_as_the_log() {
        ChangeLog log = Simulators.simulatedTo(SEED, USER, 3).log();
        int end = log.endOf(3);

        Map<String, SimTransaction> bySeven = fold(log, SyncCursor.START, 7, end).live;
        Map<String, SimTransaction> byMax = fold(log, SyncCursor.START, SyncService.MAX_COUNT, end).live;

        assertThat(bySeven).isEqualTo(byMax).isEqualTo(log.liveAt(end)).isNotEmpty();
    }

    @Test
    void pages_cover_the_log_without_gaps_or_overlaps_and_repeat_no_id() {
        ChangeLog log = Simulators.simulatedTo(SEED, USER, 0).log();
        int end = log.endOf(0);
        SyncCursor cursor = SyncCursor.START;
        int pages = 0;
        while (true) {
            SyncPage page = sync.page(log, USER, cursor, 7, end);
            SyncCursor next = codec.decode(USER, page.nextCursor());
            assertThat(next.position()).isGreaterThan(cursor.position()).isLessThanOrEqualTo(end);
            Set<String> touched = new HashSet<>();
            for (int i = cursor.position(); i < next.position(); i++) {
                touched.add(log.get(i).transactionId());
            }
            assertThat(touched).hasSizeLessThanOrEqualTo(7);
            if (next.position() < end) {  // a page stops only when one more entry would make it speak of 8
                touched.add(log.get(next.position()).transactionId());
                assertThat(touched).hasSize(8);
            }
            assertThat(page.hasMore()).isEqualTo(next.position() < end).isEqualTo(next.midPagination());
            Set<String> ids = new HashSet<>();
            page.added().forEach(t -> assertThat(ids.add(t.transactionId())).isTrue());
            page.modified().forEach(t -> assertThat(ids.add(t.transactionId())).isTrue());
            page.removed().forEach(t -> assertThat(ids.add(t.transactionId())).isTrue());
            assertThat(ids).isSubsetOf(touched);
            cursor = next;
            pages++;
            if (!page.hasMore()) {
                break;
            }
        }
        assertThat(cursor.position()).isEqualTo(end);
        assertThat(pages).isGreaterThan(end / 14);
        assertThat(sync.page(log, USER, cursor, 7, end).added()).isEmpty();
    }

    @Test
    void a_saved_cursor_picks_up_exactly_the_days_that_followed() {
        ConnectionSimulator simulator = Simulators.simulatedTo(SEED, USER, 0);
        ChangeLog log = simulator.log();
        Folded today = fold(log, SyncCursor.START, 50, log.endOf(0));

        simulator.advanceTo(5);
        Folded later = fold(log, today.cursor, 50, log.endOf(5), today.live);

        assertThat(later.live).isEqualTo(log.liveAt(log.endOf(5)));
        assertThat(later.live).isNotEqualTo(today.live);
    }

    @Test
    void a_cursor_of_another_connection_or_garbage_or_from_the_future_is_refused() {
        ChangeLog log = Simulators.simulatedTo(SEED, USER, 0).log();
        String foreign = codec.encode(USER + 1, new SyncCursor(10, false));
        String otherSeed = new CursorCodec(SEED + 1).encode(USER, new SyncCursor(10, false));

        assertInvalidCursor(() -> codec.decode(USER, foreign));
        assertInvalidCursor(() -> codec.decode(USER, otherSeed));
        assertInvalidCursor(() -> codec.decode(USER, "not-a-cursor!"));
        int end = log.endOf(0);
        assertInvalidCursor(() -> sync.page(log, USER, new SyncCursor(end + 1, false), 10, end));
    }

    @Test
    void count_outside_1_to_500_is_refused() {
        ChangeLog log = Simulators.simulatedTo(SEED, USER, 0).log();

        assertThatThrownBy(() -> sync.page(log, USER, SyncCursor.START, 0, log.endOf(0)))
                .isInstanceOfSatisfying(BankApiException.class,
                        e -> assertThat(e.error()).isEqualTo(BankError.INVALID_FIELD));
        assertThatThrownBy(() -> sync.page(log, USER, SyncCursor.START, 501, log.endOf(0)))
                .isInstanceOf(BankApiException.class).hasMessageContaining("count");
    }

    private record Folded(Map<String, SimTransaction> live, SyncCursor cursor) {
    }

    private Folded fold(ChangeLog log, SyncCursor from, int count, int end) {
        return fold(log, from, count, end, new LinkedHashMap<>());
    }

    /** Applies pages like a consumer, failing on any add of a known id or change of an unknown one. */
    private Folded fold(ChangeLog log, SyncCursor from, int count, int end, Map<String, SimTransaction> held) {
        Map<String, SimTransaction> live = new LinkedHashMap<>(held);
        SyncCursor cursor = from;
        SyncPage page;
        do {
            page = sync.page(log, USER, cursor, count, end);
            for (SimTransaction t : page.added()) {
                assertThat(live.put(t.transactionId(), t)).as("added twice").isNull();
            }
            for (SimTransaction t : page.modified()) {
                assertThat(live.put(t.transactionId(), t)).as("modified unknown").isNotNull();
            }
            for (SimTransaction t : page.removed()) {
                assertThat(live.remove(t.transactionId())).as("removed unknown").isNotNull();
            }
            cursor = codec.decode(USER, page.nextCursor());
        } while (page.hasMore());
        return new Folded(live, cursor);
    }

    private static void assertInvalidCursor(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BankApiException.class,
                e -> assertThat(e.error()).isEqualTo(BankError.INVALID_CURSOR));
    }
}
