package org.minyi.platform.ops;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The operator's dead-letter tool: lists what a service's dead-letter topic holds, with the error
 * Spring Kafka recorded for each record, and replays them — each record back to the topic it came
 * from, with its key and its own headers — once the cause is fixed. Replaying is safe because every
 * consumer applies an event id once; a record that is still poison lands in the dead letters again.
 */
public final class DeadLetters {

    static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";
    static final String EXCEPTION_MESSAGE = "kafka_dlt-exception-message";
    static final String EXCEPTION_CLASS = "kafka_dlt-exception-fqcn";

    private final String bootstrapServers;

    public DeadLetters(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** One dead letter: where it came from and why it failed. */
    public record Letter(long offset, String originalTopic, String key, String exception, String message) {
    }

    /** Everything {@code <service>.dlt} holds now. */
    public List<Letter> list(String service) {
        List<Letter> letters = new ArrayList<>();
        read(service + ".dlt", record -> letters.add(new Letter(record.offset(), text(record, ORIGINAL_TOPIC),
                record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8),
                text(record, EXCEPTION_CLASS), text(record, EXCEPTION_MESSAGE))));
        return letters;
    }

    /** Republishes every dead letter of {@code service} to its original topic; returns how many. */
    public int replay(String service) throws Exception {
        Properties producer = new Properties();
        producer.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        producer.put(ProducerConfig.ACKS_CONFIG, "all");
        producer.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        List<ProducerRecord<byte[], byte[]>> replays = new ArrayList<>();
        read(service + ".dlt", record -> {
            String topic = text(record, ORIGINAL_TOPIC);
            if (topic == null) {
                return;
            }
            ProducerRecord<byte[], byte[]> replay = new ProducerRecord<>(topic, null, record.key(), record.value());
            for (Header header : record.headers()) {
                if (!header.key().startsWith("kafka_dlt-")) {
                    replay.headers().add(header);
                }
            }
            replays.add(replay);
        });
        try (KafkaProducer<byte[], byte[]> out = new KafkaProducer<>(producer, new ByteArraySerializer(),
                new ByteArraySerializer())) {
            for (ProducerRecord<byte[], byte[]> replay : replays) {
                out.send(replay).get();
            }
        }
        return replays.size();
    }

    private void read(String topic, java.util.function.Consumer<ConsumerRecord<byte[], byte[]>> each) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "dead-letters-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        each.accept(record);
                    }
                }
            }
        }
    }

    private static String text(ConsumerRecord<byte[], byte[]> record, String header) {
        Header value = record.headers().lastHeader(header);
        return value == null ? null : new String(value.value(), StandardCharsets.UTF_8);
    }
}
