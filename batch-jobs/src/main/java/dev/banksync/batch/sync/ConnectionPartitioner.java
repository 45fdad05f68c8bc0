package dev.banksync.batch.sync;

import dev.banksync.batch.sync.connection.BankConnections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition per connection (every ACTIVE one, or the one named), so each connection is its own step
 * execution: it succeeds, fails and restarts on its own, and a slow one occupies only its own thread.
 */
public class ConnectionPartitioner implements Partitioner {

    public static final String CONNECTION_ID = "connectionId";

    private final BankConnections connections;
    private final Long onlyConnectionId;

    /** @param onlyConnectionId the single connection to sync, or null for every ACTIVE one */
    public ConnectionPartitioner(BankConnections connections, Long onlyConnectionId) {
        this.connections = connections;
        this.onlyConnectionId = onlyConnectionId;
    }

    /** Ignores the grid size: parallelism is the task executor's, the partitions are the connections. */
    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<Long> ids = onlyConnectionId != null ? List.of(onlyConnectionId) : connections.activeIds();
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (long id : ids) {
            ExecutionContext context = new ExecutionContext();
            context.putLong(CONNECTION_ID, id);
            partitions.put("connection-" + id, context);
        }
        return partitions;
    }
}
