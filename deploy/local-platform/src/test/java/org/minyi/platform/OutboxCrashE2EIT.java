package org.minyi.platform;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minyi.testing.TopicRecorder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A crash between the database write and the send: with the broker away, intake stores a report and
 * its events and answers 201, but cannot publish; it is then killed with {@code kill -9}, so the events
 * exist only in the stored report's outbox. After the broker and intake are back, the relay publishes
 * them — once — and the report goes on to routing.
 */
class OutboxCrashE2EIT {

    private static LocalPlatform platform;
    private static PlatformClient client;
    private static TopicRecorder statuses;

    @BeforeAll
    static void useThePlatform() {
        platform = SharedPlatform.platform();
        client = SharedPlatform.client();
        statuses = SharedPlatform.statuses();
    }

    @Test
    void eventsStoredBeforeACrashArePublishedAfterTheRestartExactlyOnce() throws Exception {
        client.token("station-xinji");
        platform.stopKafka();
        String id;
        try {
            PlatformClient.Answer accepted = client.post("station-xinji", "/api/reports", Map.of(
                    "title", "关于新集镇农贸市场排水不畅的建议",
                    "category", "DAILY_LIFE",
                    "domain", "urban",
                    "situation", "新集镇农贸市场排水沟堵塞，雨天积水严重，影响群众买卖。",
                    "suggestions", "建议镇政府组织疏通排水沟并建立定期清理制度。",
                    "township", "xinji",
                    "authors", List.of()));
            assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
            id = accepted.json().path("id").asString();
            platform.stop("intake", true);
        } finally {
            platform.startKafka();
        }
        assertThat(statuses.withKey(id)).as("nothing could be published while the broker was away").isEmpty();

        platform.startAgain("intake");

        await().atMost(Duration.ofSeconds(120)).until(() -> statuses.withKey(id).stream()
                .anyMatch(r -> r.value().contains("\"status\":\"ROUTED\"")));
        assertThat(statuses.withKey(id).stream().filter(r -> r.value().contains("\"status\":\"SUBMITTED\"")))
                .as("SUBMITTED announced once").hasSize(1);
        assertThat(client.get("station-xinji", "/api/reports/" + id).json().path("status").asString())
                .isIn("SUBMITTED", "ROUTED");
    }
}
