package dev.banksync.core.event;

/**
 * The Kafka topics of the event contract, in one place. A namespace prefix lets tests (and several environments
 * on one cluster) use their own topics without changing any code.
 */
public record TopicNames(String transactions, String alerts, String transactionsDlq) {

    public static final String TRANSACTIONS = "banksync.transactions.v1";
    public static final String ALERTS = "banksync.alerts.v1";
    public static final String TRANSACTIONS_DLQ = "banksync.transactions.dlq.v1";

    public static final TopicNames DEFAULT = new TopicNames(TRANSACTIONS, ALERTS, TRANSACTIONS_DLQ);

    /** The same topics under a prefix, e.g. {@code "test42."} gives {@code test42.banksync.transactions.v1}. */
    public static TopicNames withNamespace(String namespace) {
        if (namespace == null || namespace.isEmpty()) {
            return DEFAULT;
        }
        return new TopicNames(namespace + TRANSACTIONS, namespace + ALERTS, namespace + TRANSACTIONS_DLQ);
    }
}
