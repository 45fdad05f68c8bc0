package dev.banksync.batch.sync.connection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.banksync.batch.sync.token.AccessToken;
import dev.banksync.batch.sync.token.TokenKeys;
import dev.banksync.testkit.BanksyncPostgres;
import dev.banksync.testkit.postgres.TestDatabase;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** What {@code banksync connections add --window-days} and {@code connections relink} do to a connection. */
@ExtendWith(BanksyncPostgres.class)
class BankConnectionsIT {

    @Test
    void aWindowOfAtLeast30DaysIsKeptAndARelinkMakesAConnectionInErrorActiveWithItsNewToken(TestDatabase db) {
        db.execute("INSERT INTO ledger.users (user_id) VALUES ('u1')");
        BankConnections connections = new BankConnections(new JdbcTemplate(db.dataSource()),
                new TransactionTemplate(new JdbcTransactionManager(db.dataSource())),
                TokenKeys.fromBase64(Base64.getEncoder().encodeToString(new byte[32])));
        long id = connections.create("u1", "sandbox-window", "Bank", "item-1", AccessToken.of("old-token"));

        connections.windowDays(id, 45);
        assertThatThrownBy(() -> connections.windowDays(id, 7)).hasMessage("a connection's window is at least 30 days,"
                + " not 7");
        connections.recordFailure(id, "ITEM_LOGIN_REQUIRED", true);
        connections.replaceToken(id, AccessToken.of("new-token"));

        BankConnection relinked = connections.find(id).orElseThrow();
        assertThat(relinked.windowDays()).isEqualTo(45);
        assertThat(relinked.status()).isEqualTo("ACTIVE");
        assertThat(relinked.lastError()).isNull();
        assertThat(connections.openToken(relinked)).isEqualTo(AccessToken.of("new-token"));
        assertThatThrownBy(() -> connections.replaceToken(999, AccessToken.of("x"))).hasMessage("no connection 999");
    }
}
