package dev.banksync.batch.sync.resilience;

import static org.assertj.core.api.Assertions.assertThat;

import dev.banksync.batch.sync.connector.BankConnector;
import dev.banksync.batch.sync.connector.BankTransaction;
import dev.banksync.batch.sync.connector.ConnectionContext;
import dev.banksync.batch.sync.connector.ConnectorException;
import dev.banksync.batch.sync.connector.ConnectorException.Kind;
import dev.banksync.batch.sync.connector.CursorConnector;
import dev.banksync.batch.sync.connector.SyncPage;
import dev.banksync.batch.sync.connector.WindowConnector;
import dev.banksync.batch.sync.connector.WindowOverCursor;
import dev.banksync.batch.sync.token.AccessToken;
import dev.banksync.core.money.Money;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResilientConnectorsTest {

    private static final ConnectionContext CONNECTION = new ConnectionContext(1, "u", "w", null, AccessToken.of("t"));
    private static final ProviderPolicy QUICK = ProviderPolicy.DEFAULT
            .withBackoff(Duration.ofMillis(1), Duration.ofMillis(2)).withMaxAttempts(3);

    /** Five pages of one transaction each, dated 2026-01-01 to -05; when asked, page 3's request fails once (a 503). */
    private static final class Pages implements CursorConnector {
        final List<String> requested = new ArrayList<>();
        boolean failedOnce;

        Pages(boolean failPageThreeOnce) {
            this.failedOnce = !failPageThreeOnce;
        }

        @Override
        public String provider() {
            return "w";
        }

        @Override
        public SyncPage fetch(ConnectionContext connection, String cursor) {
            int page = cursor == null ? 1 : Integer.parseInt(cursor);
            requested.add(String.valueOf(page));
            if (page == 3 && !failedOnce) {
                failedOnce = true;
                throw new ConnectorException(Kind.TRANSIENT, "HTTP 503");
            }
            BankTransaction t = new BankTransaction("acc", "t" + page, null, false, LocalDate.of(2026, 1, page), null,
                    null, Money.ofMinor(-100, "EUR"), "SHOP " + page, null, null);
            return new SyncPage(List.of(), List.of(t), List.of(), List.of(), List.of(), String.valueOf(page + 1),
                    page < 5);
        }
    }

    @Test
    void aWindowPagedFromACursorFeedRetriesTheFailedPageAloneNotTheWholeWindow() {
        Pages pages = new Pages(true);
        BankConnector guarded = ResilientConnectors.wrap(new WindowOverCursor("w", pages, 0),
                new ProviderGuard("w", QUICK));

        var snapshot = ((WindowConnector) guarded).fetchWindow(CONNECTION, 30);

        assertThat(snapshot.transactions()).hasSize(5);
        assertThat(pages.requested).containsExactly("1", "2", "3", "3", "4", "5");
    }

    @Test
    void aWindowOfNDaysEndsOnTheLatestDateAndHoldsExactlyNDays() {
        var snapshot = new WindowOverCursor("w", new Pages(false), 0).fetchWindow(CONNECTION, 3);

        assertThat(snapshot.from()).isEqualTo(LocalDate.of(2026, 1, 3));
        assertThat(snapshot.to()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(snapshot.transactions()).extracting(BankTransaction::externalId).containsExactly("t3", "t4", "t5");
    }
}
