package org.minyi.routing;

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
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import org.minyi.events.intake.Quality;
import org.minyi.events.intake.ReportSubmitted;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.routing.RoutingTopics;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.minyi.testing.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
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
@AutoConfigureMetrics
@AutoConfigureTracing
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
    void aSubmittedReportIsRoutedByTheRulesInForceAndAnnouncedOnBothTopicsWithItsQuality() throws Exception {
        String id = UUID.randomUUID().toString();
        ReportSubmitted submitted = submitted(id, 1, 1, Category.DAILY_LIFE, "education");

        publish(submitted, "request-42");

        await().atMost(WAIT).until(() -> on(RoutingTopics.ROUTING_EVENTS, id).size() == 1
                && on(ReportStatusTopic.NAME, id).size() == 1);
        TopicRecorder.Recorded routed = on(RoutingTopics.ROUTING_EVENTS, id).get(0);
        JsonNode body = JSON.readTree(routed.value());
        assertThat(body.path("committee").asString()).isEqualTo("education");
        assertThat(body.path("rule").asString()).isEqualTo("education-health-science");
        assertThat(body.path("ruleVersion").asInt()).isPositive();
        assertThat(body.path("previousCommittee").isMissingNode() || body.path("previousCommittee").isNull()).isTrue();
        assertThat(body.path("quality").path("flags").get(0).asString()).isEqualTo("SLOW");
        assertThat(body.path("quality").path("possibleDuplicates").get(0).path("trackingNumber").asString())
                .isEqualTo("SQ-2026-000101");
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
        assertThat(change.path("actor").asString()).as("automatic routing is the system's step").isEqualTo("system");
        assertThat(change.path("township").asString()).isEqualTo("chengguan");
        assertThat(change.path("category").asString()).isEqualTo("DAILY_LIFE");
        assertThat(change.has("title") || change.has("report")).as("no report text on the public topic").isFalse();
        assertCloudEvent(status, "minyi.status.ReportStatusChanged.v1", change, id, 2);
        assertThat(change.path("eventId")).isNotEqualTo(body.path("eventId"));

        JsonNode routingCase = JSON.readTree(get("/api/routing/reports/" + id, TestTokens.office()).body());
        assertThat(routingCase.path("committee").asString()).isEqualTo("education");
        assertThat(routingCase.path("rule").asString()).isEqualTo("education-health-science");
        assertThat(routingCase.path("status").asString()).isEqualTo("ROUTED");
        assertThat(routingCase.path("qualityFlags").get(0).asString()).isEqualTo("SLOW");
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
        assertThat(body.path("rule").asString()).isEqualTo("daily-life");
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
        assertThat(again.path("rule").asString()).isEqualTo("decision-advice");
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
        assertThat(rules.path("version").asInt()).isPositive();
        assertThat(rules.path("rules")).isNotEmpty();
        assertThat(office.headers().firstValue("ETag")).contains("\"" + rules.path("version").asInt() + "\"");

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
        assertThat(get("/api/routing/reports?committee=OFFICE", TestTokens.reviewer("economy")).statusCode())
                .isEqualTo(403);
        assertThat(send("PUT", "/api/routing/rules", TestTokens.reviewer("economy"), "{\"rules\": []}").statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "/api/routing/reports/" + unknown + "/reroute", TestTokens.reviewer("economy"),
                "{\"committee\": \"economy\", \"reason\": \"改派\"}").statusCode()).isEqualTo(403);
        assertThat(send("POST", "/api/routing/reports/" + unknown + "/reroute", TestTokens.office(),
                "{\"committee\": \"economy\", \"reason\": \"改派\"}").statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/topics", TestTokens.station("chengguan"), "{}").statusCode()).isEqualTo(403);
        assertThat(get("/api/topics", TestTokens.station("chengguan")).statusCode()).isEqualTo(200);
        assertThat(get("/api/topics", null).statusCode()).isEqualTo(401);
    }

    @Test
    void theOfficeReroutesAReportUnderReviewWithAFlagAndAReasonAndNoLongerOnceACommitteeDecided() throws Exception {
        String id = UUID.randomUUID().toString();
        publish(submitted(id, 1, 1, Category.DAILY_LIFE, "education"), "request-50");
        await().atMost(WAIT).until(() -> on(RoutingTopics.ROUTING_EVENTS, id).size() == 1);
        announce(id, ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 3, "REVIEWER");
        await().atMost(WAIT).until(() -> routingCase(id).path("status").asString().equals("UNDER_REVIEW"));

        HttpResponse<String> rerouted = send("POST", "/api/routing/reports/" + id + "/reroute", TestTokens.office(),
                "{\"committee\": \"social-legal\", \"reason\": \"涉及校园安全，由社会和法制委员会办理\"}");

        assertThat(rerouted.statusCode()).as(rerouted.body()).isEqualTo(200);
        JsonNode view = JSON.readTree(rerouted.body());
        assertThat(view.path("committee").asString()).isEqualTo("social-legal");
        assertThat(view.path("sequence").asLong()).isEqualTo(4);
        assertThat(view.path("decisions").get(1).path("kind").asString()).isEqualTo("REROUTE");
        assertThat(view.path("decisions").get(1).path("previousCommittee").asString()).isEqualTo("education");
        assertThat(view.path("decisions").get(1).path("decidedBy").asString()).isEqualTo("office");

        await().atMost(WAIT).until(() -> on(RoutingTopics.ROUTING_EVENTS, id).size() == 2
                && on(ReportStatusTopic.NAME, id).stream().filter(r -> r.header("ce_source").equals("/minyi/routing"))
                .count() == 3);
        List<TopicRecorder.Recorded> fromRouting = on(ReportStatusTopic.NAME, id).stream()
                .filter(r -> r.header("ce_source").equals("/minyi/routing")).toList();
        TopicRecorder.Recorded flag = fromRouting.get(1);
        TopicRecorder.Recorded routedAgain = fromRouting.get(2);
        assertThat(flag.header("ce_type")).isEqualTo("minyi.status.ReportFlagged.v1");
        assertThat(flag.offset()).isLessThan(routedAgain.offset());
        JsonNode flagged = JSON.readTree(flag.value());
        assertThat(flagged.path("flag").asString()).isEqualTo("REROUTED");
        assertThat(flagged.path("sequence").asLong()).as("a flag carries the current sequence").isEqualTo(3);
        assertThat(flagged.path("committee").asString()).isEqualTo("social-legal");
        assertThat(flagged.path("previousCommittee").asString()).isEqualTo("education");
        assertThat(flagged.path("actorRole").asString()).isEqualTo("OFFICE");
        assertThat(flagged.path("actor").asString()).as("the office's principal").isEqualTo("office");
        JsonNode change = JSON.readTree(routedAgain.value());
        assertThat(change.path("status").asString()).isEqualTo("ROUTED");
        assertThat(change.path("previousStatus").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(change.path("sequence").asLong()).isEqualTo(4);
        assertThat(change.path("actorRole").asString()).isEqualTo("OFFICE");
        assertThat(change.path("actor").asString()).isEqualTo("office");
        JsonNode routed = JSON.readTree(on(RoutingTopics.ROUTING_EVENTS, id).stream()
                .filter(r -> "4".equals(r.header("ce_reportsequence"))).findFirst().orElseThrow().value());
        assertThat(routed.path("committee").asString()).isEqualTo("social-legal");
        assertThat(routed.path("previousCommittee").asString()).isEqualTo("education");
        assertThat(routed.path("reason").asString()).isEqualTo("涉及校园安全，由社会和法制委员会办理");
        assertThat(routed.path("rule").asString()).isEqualTo("reroute");
        assertThat(routed.path("report").path("title").asString()).isEqualTo("关于乡村学校午餐补助标准的建议");
        assertThat(routed.path("quality").path("flags").get(0).asString()).isEqualTo("SLOW");

        assertThat(fields(send("POST", "/api/routing/reports/" + id + "/reroute", TestTokens.office(),
                "{\"committee\": \"astrology\"}"))).containsExactly("committee:unknown_code", "reason:required");
        assertThat(fields(send("POST", "/api/routing/reports/" + id + "/reroute", TestTokens.office(),
                "{\"committee\": \"social-legal\", \"reason\": \"再派\"}"))).containsExactly("committee:unchanged");
        assertThat(fields(send("POST", "/api/routing/reports/" + id + "/reroute", TestTokens.office(),
                "{\"committee\": {\"$gt\": \"\"}, \"reason\": \"再派\"}"))).containsExactly("committee:operator");

        announce(id, ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 5, "REVIEWER");
        announce(id, ReportStatus.ADOPTED, ReportStatus.UNDER_REVIEW, 6, "REVIEWER");
        await().atMost(WAIT).until(() -> routingCase(id).path("status").asString().equals("ADOPTED"));
        HttpResponse<String> tooLate = send("POST", "/api/routing/reports/" + id + "/reroute", TestTokens.office(),
                "{\"committee\": \"economy\", \"reason\": \"改派\"}");
        assertThat(tooLate.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(tooLate.body()).path("currentStatus").asString()).isEqualTo("ADOPTED");
        assertThat(routingCase(id).path("adopted").asBoolean()).isTrue();
    }

    @Test
    void theOfficeReplacesTheRulesWhichAreValidatedVersionedAndUsedAtOnce() throws Exception {
        HttpResponse<String> before = get("/api/routing/rules", TestTokens.office());
        JsonNode shipped = JSON.readTree(before.body());
        int version = shipped.path("version").asInt();
        try {
            HttpResponse<String> invalid = send("PUT", "/api/routing/rules", TestTokens.office(), """
                    {"rules": [{"id": "elderly", "committee": "养老委", "keywords": ["养老"]},
                               {"id": "elderly", "committee": "economy", "domains": ["astrology"]}]}""");
            assertThat(invalid.statusCode()).isEqualTo(400);
            assertThat(fields(invalid)).containsExactly("rules[0].committee:unknown_code", "rules[1].id:duplicate",
                    "rules[1].domains[0]:unknown_code");
            assertThat(fields(send("PUT", "/api/routing/rules", TestTokens.office(),
                    "{\"rules\": [{\"id\": \"x\", \"committee\": \"economy\", \"domains\": [{\"$ne\": null}]}]}")))
                    .containsExactly("rules[0].domains[0]:operator");
            assertThat(fields(send("PUT", "/api/routing/rules", TestTokens.office(),
                    "{\"rules\": [], \"version\": 99}"))).containsExactly("version:unknown_field");
            assertThat(fields(send("PUT", "/api/routing/rules", TestTokens.office(),
                    "{\"rules\": [{\"id\": \"x\", \"committee\": \"economy\", \"categories\": [\"GOSSIP\"]}]}")))
                    .containsExactly("rules[0].categories[0]:bad_value");

            HttpResponse<String> replaced = send("PUT", "/api/routing/rules", TestTokens.office(), """
                    {"basedOn": %d, "rules": [{"id": "elderly", "description": "养老 → 社法委", "committee": "social-legal",
                      "keywords": ["养老"]}]}""".formatted(version));
            assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
            assertThat(JSON.readTree(replaced.body()).path("version").asInt()).isEqualTo(version + 1);
            assertThat(JSON.readTree(replaced.body()).path("updatedBy").asString()).isEqualTo("office");
            HttpResponse<String> stale = send("PUT", "/api/routing/rules", TestTokens.office(),
                    "{\"basedOn\": %d, \"rules\": []}".formatted(version));
            assertThat(stale.statusCode()).isEqualTo(409);
            assertThat(JSON.readTree(stale.body()).path("currentVersion").asInt()).isEqualTo(version + 1);

            String elderly = UUID.randomUUID().toString();
            String nothing = UUID.randomUUID().toString();
            publish(submitted(elderly, 1, 1, Category.DAILY_LIFE, "education", null, "关于农村养老服务的建议"), "r-60");
            publish(submitted(nothing, 1, 1, Category.DAILY_LIFE, "education"), "r-61");
            await().atMost(WAIT).until(() -> on(RoutingTopics.ROUTING_EVENTS, elderly).size() == 1
                    && on(RoutingTopics.ROUTING_EVENTS, nothing).size() == 1);
            JsonNode byKeyword = JSON.readTree(on(RoutingTopics.ROUTING_EVENTS, elderly).get(0).value());
            assertThat(byKeyword.path("committee").asString()).isEqualTo("social-legal");
            assertThat(byKeyword.path("rule").asString()).isEqualTo("elderly");
            assertThat(byKeyword.path("ruleVersion").asInt()).isEqualTo(version + 1);
            JsonNode triage = JSON.readTree(on(RoutingTopics.ROUTING_EVENTS, nothing).get(0).value());
            assertThat(triage.path("committee").asString()).isEqualTo("OFFICE");
            assertThat(triage.path("rule").asString()).isEqualTo("no-match");

            JsonNode queue = JSON.readTree(get("/api/routing/reports?committee=OFFICE&size=100", TestTokens.office()).body());
            assertThat(queue.path("items")).extracting(item -> item.path("reportId").asString()).contains(nothing);
            assertThat(send("POST", "/api/routing/reports/" + nothing + "/reroute", TestTokens.office(),
                    "{\"committee\": \"education\", \"reason\": \"教育问题\"}").statusCode()).isEqualTo(200);

            JsonNode versions = JSON.readTree(get("/api/routing/rules/versions", TestTokens.reviewer("economy")).body());
            assertThat(versions.get(0).path("version").asInt()).isEqualTo(version + 1);
            assertThat(JSON.readTree(get("/api/routing/rules/versions/" + version, TestTokens.office()).body())
                    .path("rules")).isEqualTo(shipped.path("rules"));
            assertThat(get("/api/routing/rules/versions/9999", TestTokens.office()).statusCode()).isEqualTo(404);
        } finally {
            HttpResponse<String> restored = send("PUT", "/api/routing/rules", TestTokens.office(),
                    "{\"rules\": " + JSON.writeValueAsString(shipped.path("rules")) + "}");
            assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
        }
    }

    @Test
    void reportsNamingATopicGoToItsCommitteesAndTheOfficeSeesItsCoverage() throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Shanghai"));
        String quarter = today.getYear() + "Q" + ((today.getMonthValue() - 1) / 3 + 1);
        HttpResponse<String> created = send("POST", "/api/topics", TestTokens.office(), """
                {"title": "农村集体经济发展情况", "description": "市政协本季度信息反映点", "quarter": "%s",
                 "committees": ["agriculture", "economy"], "deadline": "%s"}""".formatted(quarter, today.plusDays(30)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String topic = JSON.readTree(created.body()).path("id").asString();
        assertThat(topic).matches(quarter + "-\\d{2}");
        assertThat(created.headers().firstValue("Location")).contains("/api/topics/" + topic);
        assertThat(fields(send("POST", "/api/topics", TestTokens.office(), """
                {"title": "", "quarter": "2026Q9", "committees": ["OFFICE"], "deadline": "2020-01-01"}""")))
                .containsExactly("title:required", "quarter:bad_value", "committees[0]:unknown_code",
                        "deadline:in_past");
        assertThat(fields(send("POST", "/api/topics", TestTokens.office(), """
                {"id": "mine", "title": "题", "quarter": "2026Q2", "committees": ["economy"], "deadline": "2099-01-01"}""")))
                .containsExactly("id:unknown_field");

        String health = UUID.randomUUID().toString();
        String urban = UUID.randomUUID().toString();
        String withdrawn = UUID.randomUUID().toString();
        String unknown = UUID.randomUUID().toString();
        publish(submitted(health, 1, 1, Category.DAILY_LIFE, "health", topic, "关于村集体经济的建议"), "r-70");
        publish(submitted(urban, 1, 1, Category.DAILY_LIFE, "urban", topic, "关于村集体经济的建议"), "r-71");
        publish(submitted(withdrawn, 1, 1, Category.DAILY_LIFE, "health", topic, "关于村集体经济的建议"), "r-72");
        publish(submitted(unknown, 1, 1, Category.DAILY_LIFE, "health", "2026Q9-99", "关于村集体经济的建议"), "r-73");
        await().atMost(WAIT).until(() -> List.of(health, urban, withdrawn, unknown).stream()
                .allMatch(id -> on(RoutingTopics.ROUTING_EVENTS, id).size() == 1));

        JsonNode lead = JSON.readTree(on(RoutingTopics.ROUTING_EVENTS, health).get(0).value());
        assertThat(lead.path("committee").asString()).as("health is not the topic's: its lead committee")
                .isEqualTo("agriculture");
        assertThat(lead.path("rule").asString()).isEqualTo("topic:" + topic);
        JsonNode chosen = JSON.readTree(on(RoutingTopics.ROUTING_EVENTS, urban).get(0).value());
        assertThat(chosen.path("committee").asString()).as("urban → economy, one of the topic's").isEqualTo("economy");
        JsonNode triage = JSON.readTree(on(RoutingTopics.ROUTING_EVENTS, unknown).get(0).value());
        assertThat(triage.path("committee").asString()).isEqualTo("OFFICE");
        assertThat(triage.path("rule").asString()).isEqualTo("topic-unknown:2026Q9-99");

        announce(health, ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 3, "REVIEWER");
        announce(health, ReportStatus.ADOPTED, ReportStatus.UNDER_REVIEW, 4, "REVIEWER");
        announce(withdrawn, ReportStatus.WITHDRAWN, ReportStatus.ROUTED, 3, "STATION");
        await().atMost(WAIT).untilAsserted(() -> {
            JsonNode covered = JSON.readTree(get("/api/topics/" + topic, TestTokens.office()).body()).path("coverage");
            assertThat(covered.path("reports").asLong()).isEqualTo(2);
            assertThat(covered.path("adopted").asLong()).isEqualTo(1);
        });
        JsonNode forStations = JSON.readTree(get("/api/topics?open=true&quarter=" + quarter,
                TestTokens.station("chengguan")).body());
        assertThat(forStations.path("items")).anySatisfy(item -> {
            assertThat(item.path("id").asString()).isEqualTo(topic);
            assertThat(item.path("open").asBoolean()).isTrue();
            assertThat(item.path("committees")).hasSize(2);
            assertThat(item.path("coverage").isNull()).as("coverage is for the office").isTrue();
        });
        assertThat(get("/api/topics/2026Q9-99", TestTokens.office()).statusCode()).isEqualTo(404);

        // coverage per committee and per station's township, withdrawn reports left out
        JsonNode coverage = JSON.readTree(get("/api/topics/" + topic, TestTokens.office()).body()).path("coverage");
        assertThat(coverage.path("byCommittee").path("agriculture").path("adopted").asLong()).isEqualTo(1);
        assertThat(coverage.path("byCommittee").path("economy").path("reports").asLong()).isEqualTo(1);
        long byTownship = 0;
        for (String township : coverage.path("byTownship").propertyNames()) {
            byTownship += coverage.path("byTownship").path(township).path("reports").asLong();
        }
        assertThat(byTownship).isEqualTo(2);

        // the office rewrites it while open; a bad edit names every field and changes nothing
        HttpResponse<String> edited = send("PUT", "/api/topics/" + topic, TestTokens.office(), """
                {"title": "农村集体经济发展与村级债务情况", "committees": ["economy"], "deadline": "%s"}"""
                .formatted(today.plusDays(45)));
        assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
        assertThat(JSON.readTree(edited.body()).path("title").asString()).isEqualTo("农村集体经济发展与村级债务情况");
        assertThat(JSON.readTree(edited.body()).path("quarter").asString()).isEqualTo(quarter);
        assertThat(fields(send("PUT", "/api/topics/" + topic, TestTokens.office(), """
                {"title": "题", "committees": ["economy"], "deadline": "2099-01-01", "quarter": "2026Q1"}""")))
                .containsExactly("quarter:unknown_field");
        assertThat(fields(send("PUT", "/api/topics/" + topic, TestTokens.office(), """
                {"title": "", "committees": [], "deadline": "2020-01-01"}""")))
                .containsExactly("title:required", "committees:required", "deadline:in_past");
        assertThat(JSON.readTree(get("/api/topics/" + topic, TestTokens.office()).body()).path("committees"))
                .hasSize(1);
        assertThat(send("PUT", "/api/topics/" + topic, TestTokens.station("chengguan"), "{}").statusCode())
                .isEqualTo(403);

        // closed early: no longer listed as open, its coverage kept; it cannot be edited or closed again
        HttpResponse<String> closed = send("POST", "/api/topics/" + topic + "/close", TestTokens.office(), "");
        assertThat(closed.statusCode()).as(closed.body()).isEqualTo(200);
        assertThat(JSON.readTree(closed.body()).path("open").asBoolean()).isFalse();
        assertThat(JSON.readTree(closed.body()).path("closedOn").asString()).isEqualTo(today.toString());
        assertThat(JSON.readTree(closed.body()).path("coverage").path("reports").asLong()).isEqualTo(2);
        assertThat(JSON.readTree(get("/api/topics?open=true&quarter=" + quarter, TestTokens.station("chengguan"))
                .body()).path("items")).noneSatisfy(item -> assertThat(item.path("id").asString()).isEqualTo(topic));
        HttpResponse<String> again = send("POST", "/api/topics/" + topic + "/close", TestTokens.office(), "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).path("type").asString()).endsWith("topic-closed");
        assertThat(send("PUT", "/api/topics/" + topic, TestTokens.office(), """
                {"title": "题", "committees": ["economy"], "deadline": "%s"}""".formatted(today.plusDays(45)))
                .statusCode()).isEqualTo(409);
        assertThat(send("POST", "/api/topics/2026Q9-99/close", TestTokens.office(), "").statusCode()).isEqualTo(404);
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
        return submitted(reportId, sequence, revision, category, domain, null, "关于乡村学校午餐补助标准的建议");
    }

    private static ReportSubmitted submitted(String reportId, long sequence, int revision, Category category,
                                             String domain, String topicId, String title) {
        return new ReportSubmitted(UUID.randomUUID(), reportId, sequence,
                Instant.now().minusSeconds(5).truncatedTo(ChronoUnit.MILLIS), "SQ-2026-000123", revision,
                "station-chengguan",
                new SubmittedReport(title, category, domain, "部分乡村学校午餐补助标准多年未调整。",
                        null, "建议按物价变化建立补助标准动态调整机制。", "chengguan", "cdl", List.of("m0001"),
                        new OnBehalfOf(OnBehalfOf.Kind.SECTOR, "民盟界别"), topicId, false, null),
                new Quality(List.of(Quality.Flag.SLOW), List.of(new Quality.PossibleDuplicate(
                        "5d1c9e2a-0b7f-4c3e-8a6d-1f2e3d4c5b6a", "SQ-2026-000101", 0.82))));
    }

    /** A status change as another service announces it on report-status. */
    private void announce(String reportId, ReportStatus status, ReportStatus previous, long sequence, String actorRole)
            throws Exception {
        ReportStatusChanged event = new ReportStatusChanged(UUID.randomUUID(), reportId, "SQ-2026-000123", status,
                previous, sequence, Instant.now(), "chengguan", null, Category.DAILY_LIFE, actorRole);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(ReportStatusTopic.NAME, reportId,
                EventJson.write(event));
        EventEnvelope.of(event, ReportStatusChanged.TYPE, URI.create("/minyi/committee-review"), "test", null)
                .toHeaders().forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
        kafka.send(record).get();
    }

    private JsonNode routingCase(String id) throws Exception {
        return JSON.readTree(get("/api/routing/reports/" + id, TestTokens.office()).body());
    }

    private HttpResponse<String> send(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static List<String> fields(HttpResponse<String> answer) {
        List<String> fields = new ArrayList<>();
        JSON.readTree(answer.body()).path("errors").forEach(e -> fields.add(e.path("field").asString() + ":"
                + e.path("code").asString()));
        return fields;
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
