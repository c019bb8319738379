package org.minyi.platform;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.testing.TopicRecorder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * One report's whole life on the real local platform — broker, Mongo-wire server, authorization
 * server, gateway and every service in its own JVM — driven only through the gateway with real
 * tokens, and watched on {@code report-status} and the dashboard.
 */
class ReportLifeE2EIT {

    private static final Logger log = LoggerFactory.getLogger(ReportLifeE2EIT.class);
    private static final Duration STEP = Duration.ofSeconds(30);

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
    void aReportTravelsFromSubmissionToClosingAndEveryStepIsAnnouncedInOrder() throws Exception {
        List<String> stream = new CopyOnWriteArrayList<>();
        CompletableFuture<?> reading = readDashboardStream(stream);

        // 1. a member of 城关镇 submits (transport → the economy committee by the default rules)
        PlatformClient.Answer submitted = client.post("member-m0004", "/api/reports", Map.of(
                "title", "关于城关镇农村客运班线停运影响群众出行的建议",
                "category", "DAILY_LIFE",
                "domain", "transport",
                "situation", "今年以来，城关镇有3条农村客运班线因客流不足停运，沿线6个行政村群众出行困难。",
                "analysis", "班线运营补贴标准偏低，企业亏损退出。",
                "suggestions", "建议县交通运输局优化补贴机制，推行预约响应式公交，保障群众基本出行。",
                "township", "chengguan",
                "authors", List.of("m0004"),
                "urgent", true));
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(201);
        String id = submitted.json().path("id").asString();
        String tracking = submitted.json().path("trackingNumber").asString();
        assertThat(tracking).matches("SQ-\\d{4}-\\d{6}");

        // 2. routed to the committee's queue; the reviewer claims and adopts
        await().atMost(STEP).until(() -> client.get("reviewer-economy", "/api/review/queues/economy").body().contains(id));
        assertThat(client.post("reviewer-economy", "/api/review/reports/" + id + "/claim", null).status()).isEqualTo(200);
        PlatformClient.Answer adopted = client.post("reviewer-economy", "/api/review/reports/" + id + "/decision",
                Map.of("decision", "ADOPT", "grade", "A", "comment", "反映问题具体，建议可行"));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(200);

        // 3. the office sends it to the leaders; the county head instructs two units
        assertThat(client.post("office", "/api/review/reports/" + id + "/send-to-leaders", null).status()).isEqualTo(200);
        await().atMost(STEP).until(() -> client.get("leader-county-head", "/api/leadership/inbox").body().contains(id));
        String deadline = LocalDate.now().plusDays(30).toString();
        PlatformClient.Answer instructed = client.post("leader-county-head", "/api/leadership/reports/" + id
                + "/instructions", Map.of(
                "level", "COUNTY",
                "text", "请县交通运输局牵头研究，县财政局配合，一个月内拿出方案。",
                "units", List.of(
                        Map.of("unit", "transport", "role", "LEAD", "deadline", deadline),
                        Map.of("unit", "finance", "role", "SUPPORT", "deadline", deadline))));
        assertThat(instructed.status()).as(instructed.body()).isIn(200, 201);

        // 4. each unit sees its own task and feeds back
        for (String unit : List.of("transport", "finance")) {
            await().atMost(STEP).until(() -> taskOf(unit, id) != null);
            String task = taskOf(unit, id);
            PlatformClient.Answer feedback = client.post("unit-" + unit, "/api/handling/tasks/" + task + "/feedback",
                    Map.of("result", "A", "text", "已制定预约响应式公交方案并落实补贴。"));
            assertThat(feedback.status()).as(feedback.body()).isEqualTo(200);
        }

        // 5. the author rates, the office closes
        await().atMost(STEP).until(() -> client.get("office", "/api/handling/reports/" + id).json()
                .path("status").asString().equals("HANDLED"));
        assertThat(client.post("member-m0004", "/api/handling/reports/" + id + "/satisfaction",
                Map.of("rating", "SATISFIED", "comment", "办理及时")).status()).isEqualTo(200);
        assertThat(client.post("office", "/api/handling/reports/" + id + "/close", null).status()).isEqualTo(200);

        // every status on report-status, in order, with increasing sequence
        List<String> expected = List.of("SUBMITTED", "ROUTED", "UNDER_REVIEW", "ADOPTED", "SENT_TO_LEADERS",
                "INSTRUCTED", "IN_HANDLING", "HANDLED", "CLOSED");
        await().atMost(STEP).until(() -> statusesOf(id).size() >= expected.size());
        List<JsonNode> announced = statusesOf(id);
        assertThat(announced).extracting(e -> e.path("status").asString()).containsExactlyElementsOf(expected);
        for (int i = 1; i < announced.size(); i++) {
            assertThat(announced.get(i).path("sequence").asLong())
                    .isGreaterThan(announced.get(i - 1).path("sequence").asLong());
            assertThat(announced.get(i).path("previousStatus").asString()).isEqualTo(expected.get(i - 1));
        }
        assertThat(announced).allSatisfy(e -> {
            assertThat(e.path("trackingNumber").asString()).isEqualTo(tracking);
            assertThat(e.path("township").asString()).isEqualTo("chengguan");
        });

        // the submitter's timeline, the dashboard's summary and its live stream agree
        await().atMost(STEP).untilAsserted(() -> assertThat(client.get("member-m0004", "/api/reports/" + id + "/timeline")
                .json().path("status").asString()).isEqualTo("CLOSED"));
        await().atMost(STEP).untilAsserted(() -> assertThat(client.get("viewer", "/api/dashboard/summary").json()
                .path("byStatus").path("CLOSED").asLong()).isGreaterThanOrEqualTo(1));
        await().atMost(STEP).until(() -> stream.stream().anyMatch(line -> line.contains(id) && line.contains("CLOSED")));
        reading.cancel(true);
    }

    @Test
    void theBenchmarkRunsAgainstThePlatformAndMeasures() throws Exception {
        org.minyi.platform.bench.Benchmark.Result result =
                new org.minyi.platform.bench.Benchmark(platform).run(org.minyi.platform.bench.Benchmark.Plan.QUICK);

        assertThat(result.steps()).isNotEmpty();
        org.minyi.platform.bench.Benchmark.Run first = result.steps().get(0);
        assertThat(first.accepted()).as("reports accepted").isPositive();
        assertThat(first.arrived()).as("accepted reports that reached the dashboard").isEqualTo(first.accepted());
        assertThat(first.endToEnd().getTotalCount()).isEqualTo(first.arrived());
        assertThat(result.residentKilobytes()).containsKeys("intake", "gateway", "dashboard");
        assertThat(result.markdown()).contains("Maximum sustainable throughput", "p99");
        log.info("Benchmark smoke:\n{}", result.markdown());
    }

    private static String taskOf(String unit, String reportId) {
        for (JsonNode task : client.get("unit-" + unit, "/api/handling/tasks?unit=" + unit).json().path("items")) {
            if (task.path("reportId").asString().equals(reportId)) {
                return task.path("id").asString();
            }
        }
        return null;
    }

    private static List<JsonNode> statusesOf(String reportId) {
        List<JsonNode> found = new ArrayList<>();
        for (TopicRecorder.Recorded record : statuses.withKey(reportId)) {
            found.add(PlatformClient.JSON.readTree(record.value()));
        }
        found.sort((a, b) -> Long.compare(a.path("sequence").asLong(), b.path("sequence").asLong()));
        return found;
    }

    /** Reads the dashboard's event stream through the gateway, line by line, into {@code lines}. */
    private static CompletableFuture<?> readDashboardStream(List<String> lines) {
        HttpRequest request = HttpRequest.newBuilder(client.uri("/api/dashboard/stream"))
                .header("Authorization", "Bearer " + client.token("viewer"))
                .header("Accept", "text/event-stream")
                .build();
        return client.http().sendAsync(request, HttpResponse.BodyHandlers.ofLines())
                .thenAccept(response -> {
                    try (Stream<String> body = response.body()) {
                        body.forEach(lines::add);
                    }
                });
    }
}
