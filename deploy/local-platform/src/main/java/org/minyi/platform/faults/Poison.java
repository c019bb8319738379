package org.minyi.platform.faults;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Records no consumer can apply (no CloudEvents headers; a CloudEvents version nobody speaks) and
 * records of a type nobody knows, written straight into every topic. Every consumer of a topic must
 * dead-letter the first two and skip the third — and keep going.
 */
final class Poison {

    /** Which consumer groups read each topic: each dead-letters every poison record of it once. */
    static final Map<String, List<String>> CONSUMERS = new LinkedHashMap<>();

    static {
        CONSUMERS.put("report-status", List.of("intake", "routing", "committee-review", "leadership-instruction",
                "follow-up", "dashboard"));
        CONSUMERS.put("intake.report-events", List.of("routing", "follow-up", "dashboard"));
        CONSUMERS.put("routing.routing-events", List.of("committee-review"));
        CONSUMERS.put("review.review-events", List.of("intake", "leadership-instruction", "follow-up", "dashboard"));
        CONSUMERS.put("leadership.instruction-events", List.of("intake", "follow-up", "dashboard"));
        CONSUMERS.put("followup.handling-events", List.of("intake", "dashboard"));
        CONSUMERS.put("followup.notifications", List.of("follow-up"));
    }

    static final int DEAD_PER_ROUND = 2;

    private Poison() {
    }

    /** Injects one round into every topic; returns how many records were written. */
    static int inject(String bootstrapServers) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        int written = 0;
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(props, new StringSerializer(),
                new ByteArraySerializer())) {
            for (String topic : CONSUMERS.keySet()) {
                String key = "poison-" + UUID.randomUUID();
                producer.send(new ProducerRecord<>(topic, key, utf8("{not json"))).get();

                ProducerRecord<String, byte[]> oldVersion = new ProducerRecord<>(topic, key, utf8("{}"));
                headers(oldVersion, "minyi.status.ReportStatusChanged.v1", key);
                oldVersion.headers().remove("ce_specversion");
                oldVersion.headers().add("ce_specversion", utf8("0.3"));
                producer.send(oldVersion).get();

                ProducerRecord<String, byte[]> unknown = new ProducerRecord<>(topic, key, utf8("{\"x\":1}"));
                headers(unknown, "minyi.drill.SomethingNew.v1", key);
                producer.send(unknown).get();
                written += 3;
            }
        }
        return written;
    }

    /** How many dead letters one round leaves in {@code service}'s dead-letter topic. */
    static int expectedDeadLetters(String service, int rounds) {
        long topics = CONSUMERS.values().stream().filter(groups -> groups.contains(service)).count();
        return (int) topics * DEAD_PER_ROUND * rounds;
    }

    private static void headers(ProducerRecord<String, byte[]> record, String type, String subject) {
        record.headers().add("ce_specversion", utf8("1.0"));
        record.headers().add("ce_id", utf8(UUID.randomUUID().toString()));
        record.headers().add("ce_type", utf8(type));
        record.headers().add("ce_source", utf8("/minyi/fault-drill"));
        record.headers().add("ce_time", utf8(Instant.now().toString()));
        record.headers().add("ce_subject", utf8(subject));
        record.headers().add("content-type", utf8("application/json"));
        record.headers().add("ce_reportsequence", utf8("1"));
        record.headers().add("ce_correlationid", utf8("fault-drill"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
