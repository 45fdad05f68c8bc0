package dev.banksync.testkit.kafka;

import java.nio.file.Path;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.utils.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node KRaft Kafka broker (combined broker + controller) inside this JVM, from Kafka's own test kit.
 * Used by tests without Docker and by the embedded {@code banksync demo}.
 */
public final class EmbeddedKafkaBroker implements KafkaBroker {

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);
    private final KafkaClusterTestKit cluster;

    private EmbeddedKafkaBroker(KafkaClusterTestKit cluster) {
        this.cluster = cluster;
    }

    public static EmbeddedKafkaBroker start() throws Exception {
        return start(null);
    }

    /** @param baseDirectory where logs live; {@code null} for a temporary directory deleted on close */
    public static EmbeddedKafkaBroker start(Path baseDirectory) throws Exception {
        // A broker embedded in a test or demo JVM must not halt that JVM: Kafka halts on fatal errors (e.g. its log
        // directories vanishing while the JVM shuts down), which would turn a passing test run into a crashed fork.
        Exit.setHaltProcedure(EmbeddedKafkaBroker::refuseToExit);
        Exit.setExitProcedure(EmbeddedKafkaBroker::refuseToExit);
        TestKitNodes.Builder nodes = new TestKitNodes.Builder()
                .setCombined(true)
                .setNumBrokerNodes(1)
                .setNumControllerNodes(1);
        if (baseDirectory != null) {
            nodes.setBaseDirectory(baseDirectory);
        }
        KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(nodes.build())
                .setConfigProp("offsets.topic.replication.factor", "1")
                .setConfigProp("transaction.state.log.replication.factor", "1")
                .setConfigProp("transaction.state.log.min.isr", "1")
                .setConfigProp("group.initial.rebalance.delay.ms", "0")
                .setConfigProp("num.partitions", "4")
                .setConfigProp("auto.create.topics.enable", "true")
                .setDeleteOnClose(baseDirectory == null)
                .build();
        // Kafka's formatter prints its bootstrap records to System.out, which is a CLI's output (and --json data);
        // what it says about a throw-away in-JVM broker interests no one.
        java.io.PrintStream stdout = System.out;
        System.setOut(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()));
        try {
            cluster.format();
        } finally {
            System.setOut(stdout);
        }
        cluster.startup();
        cluster.waitForReadyBrokers();
        return new EmbeddedKafkaBroker(cluster);
    }

    private static void refuseToExit(int status, String message) {
        LOG.error("embedded Kafka asked to end the JVM with status {} ({}); ignored", status, message);
    }

    @Override
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public String kind() {
        return "embedded";
    }

    @Override
    public void close() throws Exception {
        cluster.close();
    }
}
