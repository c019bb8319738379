package org.minyi.intake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.IntakeTopics;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.minyi.testing.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Intake on a real Kafka broker and a MongoDB-wire server, called over HTTP with signed tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mongodb.database=intake_it")
@MinyiIntegrationTest
class IntakeIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static TopicRecorder topics;

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @BeforeAll
    static void record() {
        topics = TopicRecorder.of(ReportStatusTopic.NAME, IntakeTopics.REPORT_EVENTS);
    }

    @AfterAll
    static void stop() {
        topics.close();
    }

    @Test
    void aStationSubmitsAndTheReportIsAnnouncedOnReportStatusAndToRouting() throws Exception {
        HttpResponse<String> answer = post("/api/reports", TestTokens.station("chengguan"), report("chengguan"), null);

        assertThat(answer.statusCode()).isEqualTo(201);
        JsonNode body = JSON.readTree(answer.body());
        String id = body.path("id").asString();
        assertThat(answer.headers().firstValue("Location")).contains("/api/reports/" + id);
        assertThat(body.path("trackingNumber").asString()).matches("SQ-\\d{4}-\\d{6}");
        assertThat(body.path("status").asString()).isEqualTo("SUBMITTED");

        await().atMost(Duration.ofSeconds(20)).until(() -> topics.withKey(id).size() >= 2);
        TopicRecorder.Recorded status = topics.withKey(id).stream()
                .filter(r -> r.topic().equals(ReportStatusTopic.NAME)).findFirst().orElseThrow();
        JsonNode statusBody = JSON.readTree(status.value());
        assertThat(statusBody.path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(statusBody.path("sequence").asLong()).isEqualTo(1);
        assertThat(statusBody.path("trackingNumber").asString()).isEqualTo(body.path("trackingNumber").asString());
        assertThat(statusBody.path("township").asString()).isEqualTo("chengguan");
        assertThat(statusBody.has("situation")).as("no report text on the public topic").isFalse();
        assertThat(status.header("ce_specversion")).isEqualTo("1.0");
        assertThat(status.header("ce_type")).isEqualTo("minyi.status.ReportStatusChanged.v1");
        assertThat(status.header("ce_source")).isEqualTo("/minyi/intake");
        assertThat(status.header("ce_id")).isEqualTo(statusBody.path("eventId").asString());
        assertThat(status.header("ce_time")).isNotBlank();

        TopicRecorder.Recorded submitted = topics.withKey(id).stream()
                .filter(r -> r.topic().equals(IntakeTopics.REPORT_EVENTS)).findFirst().orElseThrow();
        assertThat(JSON.readTree(submitted.value()).path("report").path("title").asString())
                .isEqualTo("关于农村寄递物流“最后一公里”的建议");
        assertThat(submitted.header("ce_correlationid")).isEqualTo(status.header("ce_correlationid"));
    }

    @Test
    void aRepeatUnderTheSameIdempotencyKeyReturnsTheFirstAnswerAndAnotherBodyIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        HttpResponse<String> first = post("/api/reports", TestTokens.station("xishan"), report("xishan"), key);
        HttpResponse<String> again = post("/api/reports", TestTokens.station("xishan"), report("xishan"), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(again.body()).path("id")).isEqualTo(JSON.readTree(first.body()).path("id"));
        assertThat(again.headers().firstValue("Idempotent-Replayed")).contains("true");

        String other = report("xishan").replace("整合邮政", "统筹邮政");
        HttpResponse<String> different = post("/api/reports", TestTokens.station("xishan"), other, key);
        assertThat(different.statusCode()).isEqualTo(422);
        assertThat(different.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void parallelRepeatsCreateOneReport() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            calls.add(() -> post("/api/reports", TestTokens.station("nanhu"), report("nanhu"), key));
        }
        List<String> ids = new ArrayList<>();
        for (Future<HttpResponse<String>> answer : pool.invokeAll(calls)) {
            assertThat(answer.get().statusCode()).isEqualTo(201);
            ids.add(JSON.readTree(answer.get().body()).path("id").asString());
        }
        pool.shutdown();

        assertThat(ids).containsOnly(ids.get(0));
        await().atMost(Duration.ofSeconds(20)).until(() -> !topics.withKey(ids.get(0)).isEmpty());
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).until(() ->
                topics.withKey(ids.get(0)).stream().filter(r -> r.topic().equals(ReportStatusTopic.NAME)).count() == 1);
    }

    @Test
    void aStationCannotSubmitForAnotherTownshipAndNothingIsStored() throws Exception {
        HttpResponse<String> answer = post("/api/reports", TestTokens.station("chengguan"), report("xishan"), null);

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(answer.body()).path("title").asString()).contains("联络站");
    }

    @Test
    void onlyStationsAndMembersSubmit() throws Exception {
        assertThat(post("/api/reports", TestTokens.office(), report("xishan"), null).statusCode()).isEqualTo(403);
        assertThat(post("/api/reports", TestTokens.viewer(), report("xishan"), null).statusCode()).isEqualTo(403);
        assertThat(post("/api/reports", null, report("xishan"), null).statusCode()).isEqualTo(401);
        assertThat(post("/api/reports", TestTokens.expired("station-xishan", "STATION"), report("xishan"), null)
                .statusCode()).isEqualTo(401);
        assertThat(post("/api/reports", TestTokens.foreign("station-xishan", "STATION"), report("xishan"), null)
                .statusCode()).isEqualTo(401);
    }

    @Test
    void badInputNamesEachBadFieldAndChangesNothing() throws Exception {
        String bad = """
                {"title": "", "category": "GOSSIP", "domain": "transport", "situation": "x", "suggestions": "y",
                 "township": "chengguan"}""";
        HttpResponse<String> unknownEnum = post("/api/reports", TestTokens.station("chengguan"), bad, null);
        assertThat(unknownEnum.statusCode()).isEqualTo(400);
        assertThat(fields(unknownEnum)).containsExactly("category");

        String missing = """
                {"title": "", "category": "DAILY_LIFE", "domain": "transport", "situation": " ", "suggestions": "y",
                 "township": "chengguan", "authors": ["m0001", "nobody-here"]}""";
        HttpResponse<String> answer = post("/api/reports", TestTokens.station("chengguan"), missing, null);
        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(fields(answer)).containsExactlyInAnyOrder("title", "situation");

        HttpResponse<String> unknownCode = post("/api/reports", TestTokens.station("chengguan"),
                report("chengguan").replace("\"transport\"", "\"astrology\""), null);
        assertThat(unknownCode.statusCode()).isEqualTo(400);
        assertThat(fields(unknownCode)).containsExactly("domain");

        HttpResponse<String> settingStatus = post("/api/reports", TestTokens.station("chengguan"),
                report("chengguan").replace("{", "{\"status\": \"ADOPTED\", "), null);
        assertThat(settingStatus.statusCode()).isEqualTo(400);
        assertThat(fields(settingStatus)).containsExactly("status");

        HttpResponse<String> injection = post("/api/reports", TestTokens.station("chengguan"),
                report("chengguan").replace("\"chengguan\"", "{\"$gt\": \"\"}"), null);
        assertThat(injection.statusCode()).isEqualTo(400);
        assertThat(fields(injection)).containsExactly("township");

        HttpResponse<String> malformed = post("/api/reports", TestTokens.station("chengguan"), "{\"title\": ", null);
        assertThat(malformed.statusCode()).isEqualTo(400);

        String longTitle = "长".repeat(61);
        HttpResponse<String> tooLong = post("/api/reports", TestTokens.station("chengguan"),
                report("chengguan").replace("关于农村寄递物流“最后一公里”的建议", longTitle), null);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(fields(tooLong)).containsExactly("title");

        String sixtyCjk = "𠀀".repeat(60);
        assertThat(post("/api/reports", TestTokens.station("chengguan"),
                report("chengguan").replace("关于农村寄递物流“最后一公里”的建议", sixtyCjk), null).statusCode())
                .as("60 characters outside the BMP are 60 characters").isEqualTo(201);

        HttpResponse<String> huge = post("/api/reports", TestTokens.station("chengguan"),
                report("chengguan").replace("部分行政村", "部".repeat(70_000)), null);
        assertThat(huge.statusCode()).isEqualTo(413);
    }

    @Test
    void statusAnnouncedByOtherServicesJoinsTheTimelineOnce() throws Exception {
        JsonNode accepted = JSON.readTree(post("/api/reports", TestTokens.station("chengguan"), report("chengguan"), null).body());
        String id = accepted.path("id").asString();
        ReportStatusChanged routed = new ReportStatusChanged(UUID.randomUUID(), id,
                accepted.path("trackingNumber").asString(), ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2,
                Instant.now(), "chengguan", "economy", Category.DAILY_LIFE, "SYSTEM");

        announce(routed);
        announce(routed);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode timeline = JSON.readTree(get("/api/reports/" + id + "/timeline", TestTokens.station("chengguan")).body());
            assertThat(timeline.path("status").asString()).isEqualTo("ROUTED");
            assertThat(timeline.path("steps").size()).isEqualTo(2);
        });
        JsonNode view = JSON.readTree(get("/api/reports/" + id, TestTokens.reviewer("economy")).body());
        assertThat(view.path("committee").asString()).isEqualTo("economy");
    }

    @Test
    void aReportIsVisibleOnlyToThoseAllowedAndOthersAreToldItDoesNotExist() throws Exception {
        String id = JSON.readTree(post("/api/reports", TestTokens.member("m0004"),
                report("chengguan").replace("\"authors\": []", "\"authors\": [\"m0004\"]"), null).body())
                .path("id").asString();

        assertThat(get("/api/reports/" + id, TestTokens.member("m0004")).statusCode()).isEqualTo(200);
        assertThat(get("/api/reports/" + id, TestTokens.station("chengguan")).statusCode()).isEqualTo(200);
        assertThat(get("/api/reports/" + id, TestTokens.office()).statusCode()).isEqualTo(200);
        assertThat(get("/api/reports/" + id, TestTokens.station("xishan")).statusCode()).isEqualTo(404);
        assertThat(get("/api/reports/" + id, TestTokens.member("m0005")).statusCode()).isEqualTo(404);
        assertThat(get("/api/reports/" + id, TestTokens.reviewer("economy")).statusCode()).isEqualTo(404);

        JsonNode list = JSON.readTree(get("/api/reports?township=chengguan&size=1000", TestTokens.station("xishan")).body());
        assertThat(list.path("total").asLong()).isZero();
        assertThat(list.path("size").asInt()).isEqualTo(100);
    }

    @Test
    void referenceListsCarryCodesAndChineseNames() throws Exception {
        JsonNode townships = JSON.readTree(get("/api/reference/townships", TestTokens.viewer()).body());
        assertThat(townships.path("total").asInt()).isEqualTo(19);
        assertThat(townships.path("items").get(0).path("name").asString()).endsWith("镇");
        JsonNode members = JSON.readTree(get("/api/reference/members?size=1000", TestTokens.viewer()).body());
        assertThat(members.path("total").asInt()).isEqualTo(300);
        assertThat(members.path("items").get(0).has("sector")).isTrue();
        assertThat(members.path("items").get(0).has("gender")).isFalse();
        assertThat(get("/api/reference/planets", TestTokens.viewer()).statusCode()).isEqualTo(404);
    }

    @Test
    void healthIsUpWithAPingBasedMongoCheck() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode body = JSON.readTree(health.body());
        assertThat(body.path("status").asString()).isEqualTo("UP");
        assertThat(body.path("components").path("mongo").path("status").asString()).isEqualTo("UP");
        assertThat(get("/actuator/prometheus", null).body()).contains("minyi_outbox_published");
    }

    private void announce(ReportStatusChanged event) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(ReportStatusTopic.NAME, event.reportId(),
                EventJson.write(event));
        EventEnvelope.of(event, ReportStatusChanged.TYPE, URI.create("/minyi/routing"), "test", null).toHeaders()
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
        kafka.send(record).get();
    }

    private static List<String> fields(HttpResponse<String> answer) throws IOException {
        List<String> fields = new ArrayList<>();
        JSON.readTree(answer.body()).path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    static String report(String township) {
        return JSON.writeValueAsString(Map.of(
                "title", "关于农村寄递物流“最后一公里”的建议",
                "category", "DAILY_LIFE",
                "domain", "transport",
                "situation", "部分行政村快递无法直接送达，群众需到镇上取件。",
                "suggestions", "建议整合邮政、供销与快递资源，建设村级综合服务站。",
                "township", township,
                "authors", List.of(),
                "urgent", false)).replace("\"authors\":[]", "\"authors\": []");
    }

    private HttpResponse<String> post(String path, String token, String body, String idempotencyKey)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
