package org.minyi.leadership;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.leadership.LeadershipTopics;
import org.minyi.events.review.Grade;
import org.minyi.events.review.ReportSentToLeaders;
import org.minyi.events.review.ReviewTopics;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.minyi.testing.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Leadership-instruction on a real Kafka broker and a MongoDB-wire server, called over HTTP with signed tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mongodb.database=leadership_it")
@MinyiIntegrationTest
@AutoConfigureMetrics
class LeadershipIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEAD_LETTERS = "leadership-instruction.dlt";
    static final LocalDate NEXT_MONTH = LocalDate.now(ZoneId.of("Asia/Shanghai")).plusMonths(1);
    private static TopicRecorder topics;

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @BeforeAll
    static void record() {
        topics = TopicRecorder.of(LeadershipTopics.INSTRUCTION_EVENTS, ReportStatusTopic.NAME, DEAD_LETTERS);
    }

    @AfterAll
    static void stop() {
        topics.close();
    }

    @Test
    void aReportSentToTheLeadersLandsInTheirInboxOnceUrgentFirstAndOnlyLeadersAndTheOfficeSeeIt() throws Exception {
        ReportSentToLeaders ordinary = sentToLeaders(false);
        ReportSentToLeaders urgent = sentToLeaders(true);

        announce(ordinary, ReportSentToLeaders.TYPE, "/minyi/committee-review");
        announce(ordinary, ReportSentToLeaders.TYPE, "/minyi/committee-review");
        announce(urgent, ReportSentToLeaders.TYPE, "/minyi/committee-review");

        await().atMost(PATIENCE).untilAsserted(() -> {
            List<String> ids = inboxIds(TestTokens.leader());
            assertThat(ids).containsOnlyOnce(ordinary.reportId(), urgent.reportId());
            assertThat(ids.indexOf(urgent.reportId())).isLessThan(ids.indexOf(ordinary.reportId()));
        });
        assertThat(inboxIds(TestTokens.office())).contains(ordinary.reportId());

        JsonNode entry = inbox(TestTokens.office()).path("items").valueStream()
                .filter(item -> item.path("reportId").asString().equals(ordinary.reportId())).findFirst().orElseThrow();
        assertThat(entry.path("trackingNumber").asString()).isEqualTo(ordinary.trackingNumber());
        assertThat(entry.path("grade").asString()).isEqualTo("A");
        assertThat(entry.path("publication").asString()).isEqualTo("zb-2026-03");
        assertThat(entry.path("status").asString()).isEqualTo("SENT_TO_LEADERS");
        assertThat(entry.has("situation")).as("no report body in the inbox list").isFalse();

        JsonNode item = JSON.readTree(get("/api/leadership/reports/" + ordinary.reportId(), TestTokens.leader()).body());
        assertThat(item.path("situation").asString()).startsWith("城关镇现有");
        assertThat(item.path("suggestions").asString()).startsWith("建议县住建局");
        assertThat(item.path("authors").size()).isEqualTo(2);
        assertThat(item.path("sequence").asLong()).isEqualTo(5);

        assertThat(get("/api/leadership/inbox", TestTokens.unit("finance")).statusCode()).isEqualTo(403);
        assertThat(get("/api/leadership/inbox", TestTokens.viewer()).statusCode()).isEqualTo(403);
        assertThat(get("/api/leadership/reports/" + ordinary.reportId(), TestTokens.viewer()).statusCode())
                .isEqualTo(403);
        assertThat(get("/api/leadership/inbox", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/leadership/reports/" + UUID.randomUUID(), TestTokens.leader()).statusCode())
                .isEqualTo(404);
        assertThat(inbox(TestTokens.leader(), "?size=1000").path("size").asInt()).isEqualTo(100);
    }

    @Test
    void aLeaderInstructsFollowUpLearnsOfTheUnitsAndALaterInstructionIsNewerThanTheHandling() throws Exception {
        ReportSentToLeaders sent = received(false);
        String id = sent.reportId();

        HttpResponse<String> answer = post("/api/leadership/reports/" + id + "/instructions", TestTokens.leader(),
                instruction("LEAD", "SUPPORT"));

        assertThat(answer.statusCode()).isEqualTo(201);
        JsonNode item = JSON.readTree(answer.body());
        assertThat(item.path("status").asString()).isEqualTo("INSTRUCTED");
        assertThat(item.path("sequence").asLong()).isEqualTo(6);
        assertThat(item.path("instructions").get(0).path("instructionId").asString()).isNotBlank();
        assertThat(inboxIds(TestTokens.leader())).doesNotContain(id);

        TopicRecorder.Recorded issued = awaitOne(id, LeadershipTopics.INSTRUCTION_EVENTS, 6);
        JsonNode instruction = JSON.readTree(issued.value());
        assertThat(instruction.path("leader").asString()).isEqualTo("县长 李明");
        assertThat(instruction.path("level").asString()).isEqualTo("COUNTY");
        assertThat(instruction.path("units").get(0).path("unit").asString()).isEqualTo("housing-construction");
        assertThat(instruction.path("units").get(0).path("role").asString()).isEqualTo("LEAD");
        assertThat(instruction.path("units").get(0).path("deadline").asString()).isEqualTo(NEXT_MONTH.toString());
        assertThat(instruction.path("units").get(1).path("role").asString()).isEqualTo("SUPPORT");
        assertThat(instruction.path("report").path("trackingNumber").asString()).isEqualTo(sent.trackingNumber());
        assertThat(instruction.path("report").path("committee").asString()).isEqualTo("economy");
        assertThat(issued.header("ce_type")).isEqualTo("minyi.leadership.InstructionIssued.v1");
        assertThat(issued.header("ce_source")).isEqualTo("/minyi/leadership-instruction");
        assertThat(issued.header("ce_specversion")).isEqualTo("1.0");
        assertThat(issued.header("ce_id")).isEqualTo(instruction.path("eventId").asString());
        assertThat(issued.header("ce_reportsequence")).isEqualTo("6");
        assertThat(issued.header("ce_time")).isNotBlank();

        JsonNode status = JSON.readTree(awaitOne(id, ReportStatusTopic.NAME, 6).value());
        assertThat(status.path("status").asString()).isEqualTo("INSTRUCTED");
        assertThat(status.path("previousStatus").asString()).isEqualTo("SENT_TO_LEADERS");
        assertThat(status.path("actorRole").asString()).isEqualTo("LEADER");
        assertThat(status.path("township").asString()).isEqualTo("chengguan");
        assertThat(status.has("title")).as("codes only on the public topic").isFalse();

        ReportStatusChanged handling = new ReportStatusChanged(UUID.randomUUID(), id, sent.trackingNumber(),
                ReportStatus.IN_HANDLING, ReportStatus.INSTRUCTED, 7, Instant.now(), "chengguan", "economy",
                Category.HARD_PROBLEM, "SYSTEM");
        announce(handling, ReportStatusChanged.TYPE, "/minyi/follow-up");
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(JSON.readTree(
                get("/api/leadership/reports/" + id, TestTokens.office()).body()).path("sequence").asLong()).isEqualTo(7));

        HttpResponse<String> again = post("/api/leadership/reports/" + id + "/instructions", TestTokens.leader(),
                instruction("LEAD"));
        assertThat(again.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(again.body()).path("instructions").size()).isEqualTo(2);
        assertThat(JSON.readTree(again.body()).path("instructions").get(0).path("date").asString())
                .isEqualTo(LocalDate.now(ZoneId.of("Asia/Shanghai")).toString());
        // a decided report is no longer waiting, but the inbox lists it on request for a later instruction
        assertThat(inboxIds(TestTokens.leader())).doesNotContain(id);
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(inbox(TestTokens.leader(), "?status=INSTRUCTED&size=100")
                .path("items").valueStream().map(i -> i.path("reportId").asString())).contains(id));
        assertThat(fields(get("/api/leadership/inbox?status=IN_HANDLING", TestTokens.leader()))).containsExactly("status");
        assertThat(fields(get("/api/leadership/inbox?status=DONE", TestTokens.leader()))).containsExactly("status");
        JsonNode secondStatus = JSON.readTree(awaitOne(id, ReportStatusTopic.NAME, 8).value());
        assertThat(secondStatus.path("previousStatus").asString()).isEqualTo("IN_HANDLING");
        assertThat(JSON.readTree(awaitOne(id, LeadershipTopics.INSTRUCTION_EVENTS, 8).value())
                .path("instructionId").asString()).isNotEqualTo(instruction.path("instructionId").asString());

        HttpResponse<String> archive = post("/api/leadership/reports/" + id + "/archive", TestTokens.office(),
                "{\"reason\": \"无需办理\"}");
        assertThat(archive.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(archive.body()).path("currentStatus").asString()).isEqualTo("INSTRUCTED");
    }

    @Test
    void theOfficeForwardsAWaitingReportToUnitsWithoutAnInstruction() throws Exception {
        String id = received(true).reportId();
        String body = """
                {"units": [{"unit": "health", "role": "LEAD", "deadline": "%s"}], "comment": "请研究办理"}"""
                .formatted(NEXT_MONTH);

        assertThat(post("/api/leadership/reports/" + id + "/forward", TestTokens.leader(), body).statusCode())
                .isEqualTo(403);
        HttpResponse<String> answer = post("/api/leadership/reports/" + id + "/forward", TestTokens.office(), body);

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("status").asString()).isEqualTo("FORWARDED");
        TopicRecorder.Recorded forwarded = awaitOne(id, LeadershipTopics.INSTRUCTION_EVENTS, 6);
        assertThat(forwarded.header("ce_type")).isEqualTo("minyi.leadership.ReportForwarded.v1");
        JsonNode event = JSON.readTree(forwarded.value());
        assertThat(event.path("comment").asString()).isEqualTo("请研究办理");
        assertThat(event.path("units").get(0).path("unit").asString()).isEqualTo("health");
        assertThat(event.path("report").path("urgent").asBoolean()).isTrue();
        JsonNode status = JSON.readTree(awaitOne(id, ReportStatusTopic.NAME, 6).value());
        assertThat(status.path("status").asString()).isEqualTo("FORWARDED");
        assertThat(status.path("actorRole").asString()).isEqualTo("OFFICE");
    }

    @Test
    void theOfficeArchivesAWaitingReportWithAReasonAndOnlyItsStatusIsAnnounced() throws Exception {
        String id = received(false).reportId();

        HttpResponse<String> noReason = post("/api/leadership/reports/" + id + "/archive", TestTokens.office(), "{}");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(fields(noReason)).containsExactly("reason");

        HttpResponse<String> answer = post("/api/leadership/reports/" + id + "/archive", TestTokens.office(),
                "{\"reason\": \"已有专项部署，无需批示\"}");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(answer.body()).path("status").asString()).isEqualTo("ARCHIVED");
        assertThat(JSON.readTree(answer.body()).path("archival").path("reason").asString()).isEqualTo("已有专项部署，无需批示");
        JsonNode status = JSON.readTree(awaitOne(id, ReportStatusTopic.NAME, 6).value());
        assertThat(status.path("status").asString()).isEqualTo("ARCHIVED");
        assertThat(status.path("actorRole").asString()).isEqualTo("OFFICE");
        assertThat(topics.withKey(id)).noneMatch(r -> r.topic().equals(LeadershipTopics.INSTRUCTION_EVENTS));
        assertThat(inboxIds(TestTokens.office())).doesNotContain(id);
        assertThat(post("/api/leadership/reports/" + id + "/instructions", TestTokens.leader(), instruction("LEAD"))
                .statusCode()).isEqualTo(409);
    }

    @Test
    void badInstructionsNameEachBadFieldAndChangeNothing() throws Exception {
        String id = received(false).reportId();
        String path = "/api/leadership/reports/" + id + "/instructions";

        HttpResponse<String> twoLeads = post(path, TestTokens.leader(), instruction("LEAD", "LEAD"));
        assertThat(twoLeads.statusCode()).isEqualTo(400);
        assertThat(fields(twoLeads)).containsExactly("units");
        assertThat(twoLeads.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));

        assertThat(fields(post(path, TestTokens.leader(), instruction("LEAD").replace("\"COUNTY\"", "\"MAYOR\""))))
                .containsExactly("level");
        assertThat(fields(post(path, TestTokens.leader(), "{\"status\": \"CLOSED\", " + instruction("LEAD").substring(1))))
                .containsExactly("status");
        assertThat(fields(post(path, TestTokens.leader(),
                instruction("LEAD").replace("请县住建局牵头研究", "批".repeat(501)))))
                .containsExactly("text");
        assertThat(fields(post(path, TestTokens.leader(),
                instruction("LEAD").replace(NEXT_MONTH.toString(), "2020-01-01"))))
                .containsExactly("units[0].deadline");
        assertThat(fields(post(path, TestTokens.leader(),
                instruction("LEAD").replace("\"housing-construction\"", "{\"$gt\": \"\"}"))))
                .containsExactly("units[0].unit");
        assertThat(fields(post(path, TestTokens.leader(),
                instruction("LEAD").replace("\"housing-construction\"", "\"Housing Bureau\""))))
                .containsExactly("units[0].unit");
        assertThat(fields(post(path, TestTokens.leader(),
                instruction("LEAD").replace("\"text\"", "\"date\": \"" + NEXT_MONTH + "\", \"text\""))))
                .as("an instruction dated in the future").containsExactly("date");
        assertThat(post(path, TestTokens.leader(), "{\"leader\": ").statusCode()).isEqualTo(400);
        assertThat(post(path, TestTokens.office(), instruction("LEAD")).statusCode()).isEqualTo(403);
        assertThat(post("/api/leadership/reports/" + UUID.randomUUID() + "/instructions", TestTokens.leader(),
                instruction("LEAD")).statusCode()).isEqualTo(404);

        JsonNode item = JSON.readTree(get("/api/leadership/reports/" + id, TestTokens.leader()).body());
        assertThat(item.path("status").asString()).isEqualTo("SENT_TO_LEADERS");
        assertThat(item.path("sequence").asLong()).isEqualTo(5);
    }

    @Test
    void anEventWithoutCloudEventsHeadersGoesToTheDeadLetterTopic() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        kafka.send(new ProducerRecord<>(ReviewTopics.REVIEW_EVENTS, key, "{}".getBytes(StandardCharsets.UTF_8))).get();

        await().atMost(PATIENCE).until(() -> topics.withKey(key).stream().anyMatch(r -> r.topic().equals(DEAD_LETTERS)));
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

    /** A report sent to the leaders, once it is in the inbox. */
    private ReportSentToLeaders received(boolean urgent) throws Exception {
        ReportSentToLeaders sent = sentToLeaders(urgent);
        announce(sent, ReportSentToLeaders.TYPE, "/minyi/committee-review");
        await().atMost(PATIENCE).until(() ->
                get("/api/leadership/reports/" + sent.reportId(), TestTokens.leader()).statusCode() == 200);
        return sent;
    }

    static ReportSentToLeaders sentToLeaders(boolean urgent) {
        SubmittedReport report = new SubmittedReport("关于城关镇老旧小区加装电梯资金缺口的建议", Category.HARD_PROBLEM, "urban",
                "城关镇现有2000年以前建成的老旧小区37个，居民中60岁以上老人占比超过三成……", null,
                "建议县住建局牵头设立加装电梯专项补助资金……", "chengguan", "cdl", List.of("m0001", "m0002"), null, null,
                urgent, null);
        String serial = String.format("%06d", (int) (Math.random() * 999_999) + 1);
        return new ReportSentToLeaders(UUID.randomUUID(), UUID.randomUUID().toString(), 5, Instant.now(),
                "SQ-2026-" + serial, "economy", Grade.A, "zb-2026-03", Instant.now().minusSeconds(86_400), report);
    }

    private <E extends ReportEvent> void announce(E event, EventType<E> type, String source) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.reportId(),
                EventJson.write(event));
        EventEnvelope.of(event, type, URI.create(source), "test", null).toHeaders()
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
        kafka.send(record).get();
    }

    private static TopicRecorder.Recorded awaitOne(String key, String topic, long sequence) {
        return await().atMost(PATIENCE).until(() -> topics.withKey(key).stream()
                .filter(r -> r.topic().equals(topic) && String.valueOf(sequence).equals(r.header("ce_reportsequence")))
                .toList(), found -> found.size() == 1).get(0);
    }

    static String instruction(String... roles) {
        String[] units = {"housing-construction", "finance", "health"};
        List<Map<String, String>> assigned = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            assigned.add(Map.of("unit", units[i], "role", roles[i], "deadline", NEXT_MONTH.toString()));
        }
        return JSON.writeValueAsString(Map.of(
                "leader", "县长 李明",
                "level", "COUNTY",
                "text", "请县住建局牵头研究，县财政局配合，一个月内拿出方案。",
                "units", assigned));
    }

    private JsonNode inbox(String token) throws Exception {
        return inbox(token, "?size=100");
    }

    private JsonNode inbox(String token, String query) throws Exception {
        HttpResponse<String> answer = get("/api/leadership/inbox" + query, token);
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private List<String> inboxIds(String token) throws Exception {
        return inbox(token).path("items").valueStream().map(item -> item.path("reportId").asString()).toList();
    }

    private static List<String> fields(HttpResponse<String> answer) throws IOException {
        assertThat(answer.statusCode()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        JSON.readTree(answer.body()).path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    private HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
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
