package org.minyi.routing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.IntakeTopics;
import org.minyi.events.intake.OnBehalfOf;
import org.minyi.events.intake.ReportSubmitted;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.routing.RoutingTopics;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.minyi.testing.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Routing on a real Kafka broker and a MongoDB-wire server, fed as intake feeds it, called with signed tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mongodb.database=routing_it")
@MinyiIntegrationTest
class RoutingIT {

    private static final String DEAD_LETTERS = "routing.dlt";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static TopicRecorder topics;

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    static void record() {
        topics = TopicRecorder.of(RoutingTopics.ROUTING_EVENTS, ReportStatusTopic.NAME, DEAD_LETTERS);
    }

    @AfterAll
    static void stop() {
        topics.close();
    }

    @Test
    void aSubmittedReportIsRoutedToItsDomainsCommitteeAndAnnouncedOnBothTopics() throws Exception {
        String id = UUID.randomUUID().toString();
        ReportSubmitted submitted = submitted(id, 1, 1, Category.DAILY_LIFE, "education");

        publish(submitted, "request-42");

        await().atMost(WAIT).until(() -> on(RoutingTopics.ROUTING_EVENTS, id).size() == 1
                && on(ReportStatusTopic.NAME, id).size() == 1);
        TopicRecorder.Recorded routed = on(RoutingTopics.ROUTING_EVENTS, id).get(0);
        JsonNode body = JSON.readTree(routed.value());
        assertThat(body.path("committee").asString()).isEqualTo("education");
        assertThat(body.path("rule").asString()).isEqualTo("domain:education");
        assertThat(body.path("sequence").asLong()).isEqualTo(2);
        assertThat(body.path("revision").asInt()).isEqualTo(1);
        assertThat(body.path("trackingNumber").asString()).isEqualTo(submitted.trackingNumber());
        assertThat(Instant.parse(body.path("submittedAt").asString())).isEqualTo(submitted.occurredAt());
        assertThat(body.path("report").path("title").asString()).isEqualTo(submitted.report().title());
        assertThat(body.path("report").path("onBehalfOf").path("kind").asString()).isEqualTo("SECTOR");
        assertThat(body.path("report").path("authors").get(0).asString()).isEqualTo("m0001");
        assertCloudEvent(routed, "minyi.routing.ReportRouted.v1", body, id, 2);
        assertThat(routed.header("ce_correlationid")).isEqualTo("request-42");
        assertThat(routed.header("ce_causationid")).isEqualTo(submitted.eventId().toString());

        TopicRecorder.Recorded status = on(ReportStatusTopic.NAME, id).get(0);
        JsonNode change = JSON.readTree(status.value());
        assertThat(change.path("status").asString()).isEqualTo("ROUTED");
        assertThat(change.path("previousStatus").asString()).isEqualTo("SUBMITTED");
        assertThat(change.path("sequence").asLong()).isEqualTo(2);
        assertThat(change.path("committee").asString()).isEqualTo("education");
        assertThat(change.path("actorRole").asString()).isEqualTo("SYSTEM");
        assertThat(change.path("township").asString()).isEqualTo("chengguan");
        assertThat(change.path("category").asString()).isEqualTo("DAILY_LIFE");
        assertThat(change.has("title") || change.has("report")).as("no report text on the public topic").isFalse();
        assertCloudEvent(status, "minyi.status.ReportStatusChanged.v1", change, id, 2);
        assertThat(change.path("eventId")).isNotEqualTo(body.path("eventId"));

        JsonNode routingCase = JSON.readTree(get("/api/routing/reports/" + id, TestTokens.office()).body());
        assertThat(routingCase.path("committee").asString()).isEqualTo("education");
        assertThat(routingCase.path("rule").asString()).isEqualTo("domain:education");
        assertThat(routingCase.path("sequence").asLong()).isEqualTo(2);
        assertThat(routingCase.path("decisions").size()).isEqualTo(1);
        assertThat(routingCase.path("decisions").get(0).path("eventId").asString())
                .isEqualTo(change.path("eventId").asString());
        await().atMost(WAIT).untilAsserted(() -> assertThat(stored(id).getList("outbox", Document.class))
                .as("published events leave the outbox").isEmpty());
    }

    @Test
    void theSameSubmissionDeliveredTwiceIsRoutedOnce() throws Exception {
        String id = UUID.randomUUID().toString();
        ReportSubmitted submitted = submitted(id, 1, 1, Category.DAILY_LIFE, "other");

        publish(submitted, "request-43");
        publish(submitted, "request-43");

        await().atMost(WAIT).until(() -> on(RoutingTopics.ROUTING_EVENTS, id).size() == 1);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(6)).until(() ->
                on(RoutingTopics.ROUTING_EVENTS, id).size() == 1 && on(ReportStatusTopic.NAME, id).size() == 1);
        JsonNode body = JSON.readTree(on(RoutingTopics.ROUTING_EVENTS, id).get(0).value());
        assertThat(body.path("committee").asString()).isEqualTo("public-opinion");
        assertThat(body.path("rule").asString()).isEqualTo("category:DAILY_LIFE");
        assertThat(stored(id).getList("decisions", Document.class)).hasSize(1);
    }

    @Test
    void aRevisionIsRoutedAgainByItsNewContentWithItsSequencePlusOne() throws Exception {
        String id = UUID.randomUUID().toString();
        publish(submitted(id, 1, 1, Category.DAILY_LIFE, "education"), "request-44");
        await().atMost(WAIT).until(() -> on(RoutingTopics.ROUTING_EVENTS, id).size() == 1);

        publish(submitted(id, 5, 2, Category.DECISION_ADVICE, "other"), "request-45");

        await().atMost(WAIT).until(() -> on(RoutingTopics.ROUTING_EVENTS, id).size() == 2
                && on(ReportStatusTopic.NAME, id).size() == 2);
        JsonNode again = JSON.readTree(on(RoutingTopics.ROUTING_EVENTS, id).stream()
                .filter(r -> "6".equals(r.header("ce_reportsequence"))).findFirst().orElseThrow().value());
        assertThat(again.path("sequence").asLong()).isEqualTo(6);
        assertThat(again.path("revision").asInt()).isEqualTo(2);
        assertThat(again.path("committee").asString()).isEqualTo("proposals");
        assertThat(again.path("rule").asString()).isEqualTo("category:DECISION_ADVICE");
        assertThat(on(ReportStatusTopic.NAME, id)).extracting(r -> JSON.readTree(r.value()).path("sequence").asLong())
                .containsExactlyInAnyOrder(2L, 6L);

        JsonNode routingCase = JSON.readTree(get("/api/routing/reports/" + id, TestTokens.office()).body());
        assertThat(routingCase.path("revision").asInt()).isEqualTo(2);
        assertThat(routingCase.path("sequence").asLong()).isEqualTo(6);
        assertThat(routingCase.path("committee").asString()).isEqualTo("proposals");
        assertThat(routingCase.path("decisions").size()).isEqualTo(2);
    }

    @Test
    void poisonGoesToTheDeadLetterTopicAndThePartitionMovesOn() throws Exception {
        String id = UUID.randomUUID().toString();
        ProducerRecord<String, byte[]> garbageHeaders = new ProducerRecord<>(IntakeTopics.REPORT_EVENTS, id,
                "{".getBytes(StandardCharsets.UTF_8));
        garbageHeaders.headers().add(new RecordHeader("ce_specversion", bytes("1.0")));
        garbageHeaders.headers().add(new RecordHeader("ce_id", bytes("not-a-uuid")));
        kafka.send(garbageHeaders).get();
        kafka.send(withEnvelope(submitted(id, 1, 1, Category.DAILY_LIFE, "education"), "poison",
                bytes("this is not JSON"), "minyi.intake.ReportSubmitted.v1")).get();
        kafka.send(withEnvelope(submitted(id, 1, 1, Category.DAILY_LIFE, "education"), "unknown",
                bytes("{}"), "minyi.intake.SomethingNew.v1")).get();
        ReportSubmitted valid = submitted(id, 1, 1, Category.MAJOR_EVENT, "legal");
        publish(valid, "after-poison");

        await().atMost(WAIT).until(() -> on(RoutingTopics.ROUTING_EVENTS, id).size() == 1);
        assertThat(JSON.readTree(on(RoutingTopics.ROUTING_EVENTS, id).get(0).value()).path("committee").asString())
                .isEqualTo("social-legal");
        await().atMost(WAIT).during(Duration.ofMillis(500)).until(() -> on(DEAD_LETTERS, id).size() == 2);
        List<TopicRecorder.Recorded> dead = on(DEAD_LETTERS, id);
        assertThat(dead).extracting(r -> r.header("kafka_dlt-exception-cause-fqcn")).containsExactlyInAnyOrder(
                "org.minyi.events.EventEnvelope$MalformedEnvelopeException",
                "org.minyi.events.EventJson$UnreadableEventException");
        assertThat(dead).allSatisfy(r ->
                assertThat(r.header("kafka_dlt-original-topic")).isEqualTo(IntakeTopics.REPORT_EVENTS));
        assertThat(get("/actuator/prometheus", null).body()).contains("minyi_kafka_dead_lettered_total");
    }

    @Test
    void theRulesAreForTheOfficeReviewersAndViewersAndACaseForTheOfficeOnly() throws Exception {
        HttpResponse<String> office = get("/api/routing/rules", TestTokens.office());
        assertThat(office.statusCode()).isEqualTo(200);
        JsonNode rules = JSON.readTree(office.body());
        assertThat(rules.path("domains").path("health").asString()).isEqualTo("education");
        assertThat(rules.path("domains").path("social-security").asString()).isEqualTo("social-legal");
        assertThat(rules.path("categories").path("DAILY_LIFE").asString()).isEqualTo("public-opinion");
        assertThat(rules.path("categories").size()).isEqualTo(6);
        assertThat(rules.path("defaultCommittee").asString()).isEqualTo("public-opinion");

        assertThat(get("/api/routing/rules", TestTokens.reviewer("economy")).statusCode()).isEqualTo(200);
        assertThat(get("/api/routing/rules", TestTokens.viewer()).statusCode()).isEqualTo(200);
        HttpResponse<String> station = get("/api/routing/rules", TestTokens.station("chengguan"));
        assertThat(station.statusCode()).isEqualTo(403);
        assertThat(station.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(get("/api/routing/rules", TestTokens.member("m0001")).statusCode()).isEqualTo(403);
        assertThat(get("/api/routing/rules", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/routing/rules", TestTokens.expired("office", "OFFICE")).statusCode()).isEqualTo(401);

        String unknown = UUID.randomUUID().toString();
        HttpResponse<String> notRouted = get("/api/routing/reports/" + unknown, TestTokens.office());
        assertThat(notRouted.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(notRouted.body()).path("title").asString()).startsWith("未找到");
        assertThat(get("/api/routing/reports/" + unknown, TestTokens.reviewer("economy")).statusCode()).isEqualTo(403);
        assertThat(get("/api/routing/reports/" + unknown, TestTokens.viewer()).statusCode()).isEqualTo(403);
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

    private static void assertCloudEvent(TopicRecorder.Recorded record, String type, JsonNode body, String reportId,
                                         long sequence) {
        assertThat(record.key()).isEqualTo(reportId);
        assertThat(record.header("ce_specversion")).isEqualTo("1.0");
        assertThat(record.header("ce_type")).isEqualTo(type);
        assertThat(record.header("ce_source")).isEqualTo("/minyi/routing");
        assertThat(record.header("ce_id")).isEqualTo(body.path("eventId").asString());
        assertThat(Instant.parse(record.header("ce_time"))).isEqualTo(Instant.parse(body.path("occurredAt").asString()));
        assertThat(record.header("ce_subject")).isEqualTo(reportId);
        assertThat(record.header("ce_reportsequence")).isEqualTo(Long.toString(sequence));
        assertThat(record.header("content-type")).isEqualTo("application/json");
    }

    private static ReportSubmitted submitted(String reportId, long sequence, int revision, Category category,
                                             String domain) {
        return new ReportSubmitted(UUID.randomUUID(), reportId, sequence,
                Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.MILLIS), "SQ-2026-000123", revision,
                "station-chengguan",
                new SubmittedReport("关于乡村学校午餐补助标准的建议", category, domain, "部分乡村学校午餐补助标准多年未调整。",
                        null, "建议按物价变化建立补助标准动态调整机制。", "chengguan", "cdl", List.of("m0001"),
                        new OnBehalfOf(OnBehalfOf.Kind.SECTOR, "民盟界别"), null, false, null));
    }

    private void publish(ReportSubmitted event, String correlation) throws Exception {
        kafka.send(withEnvelope(event, correlation, EventJson.write(event), ReportSubmitted.TYPE.name())).get();
    }

    /** A record on intake's topic with the envelope intake gives {@code event}, carrying {@code payload}. */
    private static ProducerRecord<String, byte[]> withEnvelope(ReportSubmitted event, String correlation,
                                                               byte[] payload, String type) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(IntakeTopics.REPORT_EVENTS, event.reportId(),
                payload);
        new EventEnvelope(event.eventId(), type, URI.create("/minyi/intake"), event.occurredAt(), event.reportId(),
                event.sequence(), correlation, null).toHeaders()
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
        return record;
    }

    private List<TopicRecorder.Recorded> on(String topic, String key) {
        return topics.withKey(key).stream().filter(r -> r.topic().equals(topic)).toList();
    }

    private Document stored(String reportId) {
        return mongo.findById(reportId, Document.class, "routing_cases");
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
