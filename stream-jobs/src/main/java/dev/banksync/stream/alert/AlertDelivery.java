package dev.banksync.stream.alert;

import org.apache.flink.connector.base.DeliveryGuarantee;

/**
 * How alerts reach {@code banksync.alerts.v1}. EXACTLY_ONCE writes them in Kafka transactions committed with each
 * checkpoint: a read_committed consumer never sees one twice, even across a failure, but sees it only after the
 * next checkpoint (latency ≈ the checkpoint interval). AT_LEAST_ONCE publishes at once; after a failure an alert
 * may be published again with the same deterministic id, which consumers must drop.
 */
public enum AlertDelivery {
    EXACTLY_ONCE(DeliveryGuarantee.EXACTLY_ONCE),
    AT_LEAST_ONCE(DeliveryGuarantee.AT_LEAST_ONCE);

    private final DeliveryGuarantee guarantee;

    AlertDelivery(DeliveryGuarantee guarantee) {
        this.guarantee = guarantee;
    }

    public DeliveryGuarantee guarantee() {
        return guarantee;
    }
}
