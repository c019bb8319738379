package org.minyi.followup;

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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.followup.FollowUpTopics;
import org.minyi.events.intake.Category;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.leadership.ReportContext;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.testing.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.awaitility.Awaitility.await;

/** What every follow-up IT does: announce events as other services would, call the API, read the topics. */
@FollowUpIntegrationTest
abstract class IntegrationSupport {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final Duration WAIT = Duration.ofSeconds(20);
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final String DEAD_LETTERS = "follow-up.dlt";
    static TopicRecorder topics;

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AdjustableClock clock;

    @BeforeAll
    static void record() {
        topics = TopicRecorder.of(ReportStatusTopic.NAME, FollowUpTopics.HANDLING_EVENTS, FollowUpTopics.NOTIFICATIONS,
                DEAD_LETTERS);
    }

    @AfterAll
    static void stop() {
        topics.close();
    }

    /** A day counted from the service's (moved) today in Shanghai. */
    LocalDate daysFromToday(int days) {
        return LocalDate.ofInstant(clock.instant(), SHANGHAI).plusDays(days);
    }

    static InstructionIssued instruction(String reportId, long sequence, List<AssignedUnit> units) {
        return new InstructionIssued(UUID.randomUUID(), reportId, sequence, Instant.now(),
                UUID.randomUUID().toString(), "县长 李明", InstructionIssued.Level.COUNTY,
                "请县住建局牵头研究，县财政局配合，一个月内拿出方案。", units, context());
    }

    static ReportContext context() {
        return new ReportContext("SQ-2026-000123", "关于城关镇老旧小区加装电梯资金缺口的建议", Category.HARD_PROBLEM,
                "chengguan", "economy", List.of("m0001", "m0002"), true);
    }

    <E extends ReportEvent> void announce(E event, EventType<E> type) throws Exception {
        announce(event, type, "/minyi/leadership-instruction");
    }

    <E extends ReportEvent> void announce(E event, EventType<E> type, String source) throws Exception {
        announce(event, type, source, Map.of());
    }

    /** @param extraHeaders more record headers, such as a {@code traceparent} */
    <E extends ReportEvent> void announce(E event, EventType<E> type, String source, Map<String, String> extraHeaders)
            throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.reportId(),
                EventJson.write(event));
        EventEnvelope.of(event, type, URI.create(source), "test", null).toHeaders()
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
        extraHeaders.forEach((name, value) ->
                record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        kafka.send(record).get();
    }

    /** The caller's tasks of one report (other tests' reports share the database). */
    List<JsonNode> tasksOf(String reportId, String token, String query) throws Exception {
        List<JsonNode> mine = new ArrayList<>();
        for (JsonNode item : elements(json(get("/api/handling/tasks?size=100" + query, token)).path("items"))) {
            if (item.path("reportId").asString().equals(reportId)) {
                mine.add(item);
            }
        }
        return mine;
    }

    String taskId(String reportId, String unit) throws Exception {
        await().atMost(WAIT).until(() -> !tasksOf(reportId, org.minyi.testing.TestTokens.unit(unit), "").isEmpty());
        return tasksOf(reportId, org.minyi.testing.TestTokens.unit(unit), "").get(0).path("id").asString();
    }

    static List<JsonNode> elements(JsonNode array) {
        List<JsonNode> elements = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            elements.add(array.get(i));
        }
        return elements;
    }

    static JsonNode statusEvent(String reportId, String status) {
        await().atMost(WAIT).until(() -> !statusEvents(reportId, status).isEmpty());
        return statusEvents(reportId, status).get(0);
    }

    /** Status changes follow-up published for the report (flags have no status). */
    static List<JsonNode> statusEvents(String reportId, String status) {
        List<JsonNode> found = new ArrayList<>();
        for (TopicRecorder.Recorded r : topics.withKey(reportId)) {
            if (r.topic().equals(ReportStatusTopic.NAME) && "/minyi/follow-up".equals(r.header("ce_source"))
                    && "minyi.status.ReportStatusChanged.v1".equals(r.header("ce_type"))) {
                JsonNode body = JSON.readTree(r.value());
                if (body.path("status").asString().equals(status)) {
                    found.add(body);
                }
            }
        }
        return found;
    }

    /** Flags on report-status, each event once (a relay may send one again). */
    static List<JsonNode> flags(String reportId, String flag) {
        return distinct(topics.withKey(reportId).stream()
                .filter(r -> r.topic().equals(ReportStatusTopic.NAME)
                        && "minyi.status.ReportFlagged.v1".equals(r.header("ce_type")))
                .map(r -> JSON.readTree(r.value())).filter(b -> b.path("flag").asString().equals(flag)).toList());
    }

    /** Notifications raised for the report, each once. */
    static List<JsonNode> notifications(String reportId, String kind) {
        return distinct(topics.withKey(reportId).stream()
                .filter(r -> r.topic().equals(FollowUpTopics.NOTIFICATIONS))
                .map(r -> JSON.readTree(r.value())).filter(b -> b.path("kind").asString().equals(kind)).toList());
    }

    static TopicRecorder.Recorded recorded(String reportId, String topic, String status) {
        return topics.withKey(reportId).stream()
                .filter(r -> r.topic().equals(topic) && r.value().contains("\"status\":\"" + status + "\""))
                .findFirst().orElseThrow();
    }

    static List<TopicRecorder.Recorded> handlingEvents(String reportId, EventType<?> type) {
        return topics.withKey(reportId).stream()
                .filter(r -> r.topic().equals(FollowUpTopics.HANDLING_EVENTS) && type.name().equals(r.header("ce_type")))
                .toList();
    }

    private static List<JsonNode> distinct(List<JsonNode> events) {
        Set<String> seen = new LinkedHashSet<>();
        return events.stream().filter(e -> seen.add(e.path("eventId").asString())).toList();
    }

    static JsonNode json(HttpResponse<String> answer) {
        return JSON.readTree(answer.body());
    }

    static List<String> fields(HttpResponse<String> answer) {
        List<String> fields = new ArrayList<>();
        JSON.readTree(answer.body()).path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(body.isEmpty() ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
