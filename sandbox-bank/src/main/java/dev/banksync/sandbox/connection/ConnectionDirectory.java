package dev.banksync.sandbox.connection;

import dev.banksync.sandbox.api.BankApiException;
import dev.banksync.sandbox.api.BankError;
import dev.banksync.sandbox.profile.ProfileGenerator;
import dev.banksync.sandbox.profile.UserProfile;
import dev.banksync.sandbox.random.OpaqueIds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The bank's connections: one per simulated user, each with a deterministic access token. Only these small
 * records stay in memory; profiles are regenerated from the seed when a connection is simulated.
 */
public final class ConnectionDirectory {

    public static final String TOKEN_PREFIX = "access-sandbox-";

    private final ProfileGenerator profiles;
    private final LocalDate historyStart;
    private final List<Connection> connections;
    private final Map<String, Connection> byToken = new HashMap<>();
    private final Map<String, Connection> byId = new HashMap<>();

    public ConnectionDirectory(long seed, int users, ProfileGenerator profiles, LocalDate historyStart) {
        this.profiles = profiles;
        this.historyStart = historyStart;
        OpaqueIds ids = new OpaqueIds(seed);
        List<Connection> all = new ArrayList<>(users);
        for (int i = 0; i < users; i++) {
            UserProfile p = profiles.generate(i, historyStart);
            Connection c = new Connection(i, p.connectionId(), p.userId(), TOKEN_PREFIX + ids.token(i),
                    p.institution(), p.country().name(), p.homeCurrency());
            all.add(c);
            byToken.put(c.accessToken(), c);
            byId.put(c.connectionId(), c);
        }
        this.connections = List.copyOf(all);
    }

    public List<Connection> all() {
        return connections;
    }

    public Connection byToken(String accessToken) {
        Connection c = accessToken == null ? null : byToken.get(accessToken);
        if (c == null) {
            throw new BankApiException(BankError.INVALID_ACCESS_TOKEN, "the access_token is not a valid token");
        }
        return c;
    }

    public Connection byId(String connectionId) {
        Connection c = connectionId == null ? null : byId.get(connectionId);
        if (c == null) {
            throw new BankApiException(BankError.UNKNOWN_CONNECTION, "no connection '" + connectionId + "'");
        }
        return c;
    }

    public UserProfile profile(Connection connection) {
        return profiles.generate(connection.index(), historyStart);
    }
}
