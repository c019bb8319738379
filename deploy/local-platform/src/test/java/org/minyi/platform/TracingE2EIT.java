package org.minyi.platform;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minyi.testing.TopicRecorder;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One trace from a client's {@code POST /api/reports} through the gateway, intake, its outbox and
 * Kafka, routing and its outbox, to the dashboard's projection: the W3C {@code traceparent} the
 * client sends names the trace that the {@code report-status} records carry and that the dashboard
 * keeps as the report's {@code traceId}.
 */
class TracingE2EIT {

    private static final Duration STEP = Duration.ofSeconds(30);

    private static PlatformClient client;
    private static TopicRecorder statuses;

    @BeforeAll
    static void useThePlatform() {
        SharedPlatform.platform();
        client = SharedPlatform.client();
        statuses = SharedPlatform.statuses();
    }

    @Test
    void theClientsTraceReachesTheDashboardProjectionThroughEveryHop() throws Exception {
        String traceId = HexFormat.of().formatHex(randomBytes(16));
        String traceparent = "00-" + traceId + "-" + HexFormat.of().formatHex(randomBytes(8)) + "-01";
        Map<String, Object> report = Map.of(
                "title", "关于河口镇渡口夜间照明不足的建议",
                "category", "DAILY_LIFE",
                "domain", "transport",
                "situation", "河口镇渡口夜间照明不足，群众夜间过渡存在安全隐患。",
                "suggestions", "建议在渡口增设太阳能照明设施。",
                "township", "hekou",
                "authors", List.of());

        HttpResponse<String> answer = client.http().send(HttpRequest.newBuilder(client.uri("/api/reports"))
                        .timeout(STEP)
                        .header("Authorization", "Bearer " + client.token("station-hekou"))
                        .header("Content-Type", "application/json")
                        .header("traceparent", traceparent)
                        .POST(HttpRequest.BodyPublishers.ofString(PlatformClient.JSON.writeValueAsString(report),
                                StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        String id = PlatformClient.JSON.readTree(answer.body()).path("id").asString();

        // intake's SUBMITTED and routing's ROUTED, each published from an outbox, carry the client's trace
        await().atMost(STEP).until(() -> statuses.withKey(id).stream()
                .anyMatch(r -> r.value().contains("\"ROUTED\"")));
        for (TopicRecorder.Recorded record : statuses.withKey(id)) {
            assertThat(record.header("traceparent")).as(record.value()).isNotNull().contains(traceId);
        }

        // the dashboard's projection of the routed report names the same trace
        JsonNode item = await().atMost(STEP).until(() -> dashboardItem(id),
                found -> found != null && found.path("status").asString().equals("ROUTED"));
        assertThat(item.path("traceId").asString()).isEqualTo(traceId);
    }

    private static JsonNode dashboardItem(String id) {
        JsonNode page = client.get("office", "/api/dashboard/reports?township=hekou&size=100").json();
        for (JsonNode item : page.path("items")) {
            if (item.path("reportId").asString().equals(id)) {
                return item;
            }
        }
        return null;
    }

    private static byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        ThreadLocalRandom.current().nextBytes(bytes);
        return bytes;
    }
}
