package org.minyi.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Records everything published on some topics, from their beginning, for assertions in tests.
 * Use with try-with-resources.
 */
public final class TopicRecorder implements AutoCloseable {

    private final KafkaConsumer<String, byte[]> consumer;
    private final List<Recorded> records = new CopyOnWriteArrayList<>();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final Thread poller;

    private TopicRecorder(String bootstrapServers, Collection<String> topics) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-recorder-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        props.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, "1000");
        consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(topics);
        poller = new Thread(this::poll, "topic-recorder");
        poller.setDaemon(true);
        poller.start();
    }

    /** Records {@code topics} of the test broker. */
    public static TopicRecorder of(String... topics) {
        return new TopicRecorder(TestInfrastructure.start().kafkaBootstrapServers(), List.of(topics));
    }

    /** Records {@code topics} of another broker. */
    public static TopicRecorder of(String bootstrapServers, Collection<String> topics) {
        return new TopicRecorder(bootstrapServers, topics);
    }

    public List<Recorded> all() {
        return List.copyOf(records);
    }

    /** Records whose key is {@code key}, in the order they were read. */
    public List<Recorded> withKey(String key) {
        List<Recorded> matching = new ArrayList<>();
        for (Recorded record : records) {
            if (key.equals(record.key())) {
                matching.add(record);
            }
        }
        return matching;
    }

    private void poll() {
        try {
            while (running.get()) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    Map<String, String> headers = new HashMap<>();
                    for (Header header : record.headers()) {
                        headers.put(header.key(), header.value() == null ? null
                                : new String(header.value(), StandardCharsets.UTF_8));
                    }
                    records.add(new Recorded(record.topic(), record.partition(), record.offset(), record.key(),
                            headers, record.value() == null ? null : new String(record.value(), StandardCharsets.UTF_8)));
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    @Override
    public void close() {
        running.set(false);
        consumer.wakeup();
        try {
            poller.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One record as read: headers and value decoded as UTF-8 text. */
    public record Recorded(String topic, int partition, long offset, String key, Map<String, String> headers,
                           String value) {

        public String header(String name) {
            return headers.get(name);
        }
    }
}
