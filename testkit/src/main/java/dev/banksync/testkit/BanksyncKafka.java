package dev.banksync.testkit;

import dev.banksync.testkit.kafka.KafkaProvider;
import dev.banksync.testkit.kafka.TestKafka;
import dev.banksync.testkit.kafka.TestKafkaFactory;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands a test a {@link TestKafka}: the JVM's shared real broker, seen through a topic namespace of the test's
 * own, with the contract topics (4 partitions each) created.
 */
public final class BanksyncKafka implements ParameterResolver {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(BanksyncKafka.class);
    private static final java.util.concurrent.atomic.AtomicInteger COUNTER = new java.util.concurrent.atomic.AtomicInteger();

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestKafka.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getStore(NS).computeIfAbsent("kafka", key -> newTestKafka(), TestKafka.class);
    }

    private static TestKafka newTestKafka() {
        String namespace = "t" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet() + ".";
        return TestKafkaFactory.create(KafkaProvider.shared(), namespace, 4);
    }
}
