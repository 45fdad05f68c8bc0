package dev.banksync.batch.sync.connector;

import dev.banksync.batch.sync.resilience.ProviderGuard;
import dev.banksync.batch.sync.resilience.ProviderPolicy;
import dev.banksync.batch.sync.resilience.ResilientConnectors;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The connectors of this process by provider, each already behind its own {@link ProviderGuard} (one retry
 * policy, circuit breaker and rate limiter per provider, shared by all of its connections).
 */
public final class ConnectorRegistry {

    private final Map<String, BankConnector> byProvider = new TreeMap<>();

    /** @param policies the policy of each provider (e.g. the same one for all) */
    public ConnectorRegistry(List<BankConnector> connectors, Function<String, ProviderPolicy> policies) {
        for (BankConnector connector : connectors) {
            String provider = connector.provider();
            ProviderGuard guard = new ProviderGuard(provider, policies.apply(provider));
            if (byProvider.putIfAbsent(provider, ResilientConnectors.wrap(connector, guard)) != null) {
                throw new IllegalArgumentException("two connectors for provider '" + provider + "'");
            }
        }
    }

    /** @throws IllegalArgumentException naming the known providers when none serves {@code provider} */
    public BankConnector connector(String provider) {
        BankConnector connector = byProvider.get(provider);
        if (connector == null) {
            throw new IllegalArgumentException("no connector for provider '" + provider + "' in this process (known: "
                    + (byProvider.isEmpty() ? "none" : String.join(", ", byProvider.keySet())) + ")"
                    + (provider.startsWith("sandbox")
                    ? "; the sandbox bank's connectors exist when BANKSYNC_SYNC_SANDBOX_URL names it" : ""));
        }
        return connector;
    }
}
