package dev.banksync.batch.sync.connector.plaid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.banksync.batch.sync.connector.ConnectionContext;
import dev.banksync.batch.sync.connector.ConnectorException;
import dev.banksync.batch.sync.connector.ConnectorException.Kind;
import dev.banksync.batch.sync.token.AccessToken;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PlaidStyleConnectorTest {

    private static final String TOKEN = "accesssandbox7f3e9c1d"; // no hyphen: Jackson quotes the whole word back

    @Test
    void aMalformedBodyThatEchoesTheTokenIsReportedWithoutIt() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/transactions/sync", exchange -> {
            exchange.getRequestBody().readAllBytes();
            byte[] body = ("{\"next_cursor\": " + TOKEN + "}").getBytes(StandardCharsets.UTF_8); // unquoted: Jackson quotes it back
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            PlaidStyleConnector connector = new PlaidStyleConnector("p", HttpSettings.of(
                    URI.create("http://127.0.0.1:" + server.getAddress().getPort())));
            ConnectionContext connection = new ConnectionContext(1, "u", "p", null, AccessToken.of(TOKEN));

            assertThatThrownBy(() -> connector.fetch(connection, null))
                    .isInstanceOfSatisfying(ConnectorException.class, e -> {
                        assertThat(e.kind()).isEqualTo(Kind.TRANSIENT);
                        assertThat(e.getMessage()).contains("malformed JSON").doesNotContain(TOKEN);
                    });
        } finally {
            server.stop(0);
        }
    }
}
