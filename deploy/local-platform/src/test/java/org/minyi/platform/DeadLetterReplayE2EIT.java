package org.minyi.platform;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.intake.Category;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.platform.ops.DeadLetters;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operator's replay ({@code ./minyi dead-letters SERVICE --replay}) on the running platform: a
 * status event held in {@code dashboard.dlt} — written there as Spring Kafka's recoverer writes one,
 * with its original headers and {@code kafka_dlt-original-topic} — goes back to {@code report-status}
 * and reaches the dashboard's projection; replaying it again changes nothing.
 */
class DeadLetterReplayE2EIT {

    private static LocalPlatform platform;
    private static PlatformClient client;

    @BeforeAll
    static void useThePlatform() {
        platform = SharedPlatform.platform();
        client = SharedPlatform.client();
    }

    @Test
    void aReplayedDeadLetterIsAppliedOnceHoweverOftenItIsReplayed() throws Exception {
        String bootstrap = platform.settings().kafkaBootstrapServers();
        String id = UUID.randomUUID().toString();
        ReportStatusChanged event = new ReportStatusChanged(UUID.randomUUID(), id, "SQ-2026-999001",
                ReportStatus.SUBMITTED, null, 1, Instant.now(), "zaolin", null, Category.DAILY_LIFE, "STATION");
        ProducerRecord<String, byte[]> dead = new ProducerRecord<>("dashboard.dlt", id, EventJson.write(event));
        EventEnvelope.of(event, ReportStatusChanged.TYPE, URI.create("/minyi/intake"), "dlt-replay", null).toHeaders()
                .forEach((name, value) -> dead.headers().add(name, value));
        dead.headers().add("kafka_dlt-original-topic", ReportStatusTopic.NAME.getBytes(StandardCharsets.UTF_8));
        dead.headers().add("kafka_dlt-exception-message", "a fault since fixed".getBytes(StandardCharsets.UTF_8));
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(dead).get();
        }

        DeadLetters letters = new DeadLetters(bootstrap);
        assertThat(letters.list("dashboard")).anySatisfy(letter -> {
            assertThat(letter.key()).isEqualTo(id);
            assertThat(letter.originalTopic()).isEqualTo(ReportStatusTopic.NAME);
        });
        assertThat(dashboardItems(id)).isZero();

        assertThat(letters.replay("dashboard")).isGreaterThanOrEqualTo(1);
        await().atMost(Duration.ofSeconds(30)).until(() -> dashboardItems(id) == 1);

        assertThat(letters.replay("dashboard")).isGreaterThanOrEqualTo(1);
        JsonNode summaryBefore = client.get("office", "/api/dashboard/reports?township=zaolin&size=1").json();
        await().during(Duration.ofSeconds(3)).atMost(Duration.ofSeconds(10)).until(() -> dashboardItems(id) == 1);
        assertThat(client.get("office", "/api/dashboard/reports?township=zaolin&size=1").json().path("total").asLong())
                .as("a second replay adds nothing").isEqualTo(summaryBefore.path("total").asLong());
    }

    private static long dashboardItems(String id) {
        JsonNode page = client.get("office", "/api/dashboard/reports?township=zaolin&size=100").json();
        long found = 0;
        for (JsonNode item : page.path("items")) {
            if (item.path("reportId").asString().equals(id)) {
                found++;
            }
        }
        return found;
    }
}
