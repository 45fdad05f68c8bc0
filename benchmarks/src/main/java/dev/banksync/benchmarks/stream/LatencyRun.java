package dev.banksync.benchmarks.stream;

import dev.banksync.core.event.AlertEvent;
import dev.banksync.core.event.EventJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Latency at a fixed rate: events are appended to the transactions topic at {@code rate} per second by a paced
 * producer; for each planted duplicate the time of its send is remembered, and a read_committed consumer of the
 * output topic takes the time each alert for it arrives. The same probe pointed at the input topic itself (no
 * job) gives the Kafka append→consume baseline.
 */
final class LatencyRun {

    /** Percentiles in milliseconds and how many of the planted findings arrived. */
    record Result(double p50, double p99, double max, int measured, int planted) {
    }

    private final StreamBenchEnvironment env;

    LatencyRun(StreamBenchEnvironment env) {
        this.env = env;
    }

    /**
     * Sends {@code warmUp + measured} seconds of events at {@code rate}/s and measures planted duplicates of the
     * measured part as they show on {@code outputTopic}, where {@code idOf} names the transaction a record is about.
     */
    Result run(BenchmarkEvents generator, int rate, int warmUpSeconds, int measuredSeconds, String outputTopic,
               boolean outputIsAlerts) throws InterruptedException {
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicBoolean running = new AtomicBoolean(true);
        Thread reader = new Thread(() -> read(outputTopic, outputIsAlerts, sentAt, latencies, running), "latency-read");
        reader.start();
        Thread.sleep(2000); // the consumer joins its group before anything is measured
        int planted = 0;
        long intervalNanos = 1_000_000_000L / rate;
        long total = (long) rate * (warmUpSeconds + measuredSeconds);
        long measureFrom = (long) rate * warmUpSeconds;
        try (KafkaProducer<String, byte[]> producer = env.producer()) {
            long start = System.nanoTime();
            long sent = 0;
            while (sent < total) {
                for (BenchmarkEvents.Event e : generator.next()) {
                    long due = start + sent * intervalNanos;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        LockSupport.parkNanos(wait);
                    }
                    if (e.duplicate() && sent >= measureFrom) {
                        sentAt.put(e.transactionId(), System.nanoTime());
                        planted++;
                    }
                    producer.send(new ProducerRecord<>(env.topics().transactions(), e.userId(), e.json()));
                    sent++;
                }
            }
            producer.flush();
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
        while (latencies.size() < planted && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        running.set(false);
        reader.join();
        long[] sorted = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        if (sorted.length == 0) {
            return new Result(Double.NaN, Double.NaN, Double.NaN, 0, planted);
        }
        return new Result(percentile(sorted, 0.50), percentile(sorted, 0.99), sorted[sorted.length - 1] / 1e6,
                sorted.length, planted);
    }

    private void read(String topic, boolean alerts, Map<String, Long> sentAt, List<Long> latencies,
                      AtomicBoolean running) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, env.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "latency-" + System.nanoTime());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> consumer =
                     new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            while (running.get()) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(20))) {
                    long now = System.nanoTime();
                    String transactionId = alerts ? alertTransaction(record.value())
                            : EventJson.readTransaction(record.value()).transactionId();
                    Long sent = transactionId == null ? null : sentAt.remove(transactionId);
                    if (sent != null) {
                        latencies.add(now - sent);
                    }
                }
            }
        }
    }

    private static String alertTransaction(byte[] value) {
        AlertEvent alert = EventJson.readAlert(value);
        return alert.kind() == AlertEvent.AlertKind.DUPLICATE_CHARGE ? alert.transactionId() : null;
    }

    private static double percentile(long[] sorted, double q) {
        int index = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    static String describe(Result r) {
        return String.format(java.util.Locale.ROOT, "p50 %.0f ms, p99 %.0f ms, max %.0f ms (%d of %d planted)",
                r.p50(), r.p99(), r.max(), r.measured(), r.planted());
    }
}
