package org.minyi.review;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
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
import org.minyi.events.review.ReportAdopted;
import org.minyi.events.review.ReportDeclined;
import org.minyi.events.review.ReportReturned;
import org.minyi.events.review.ReportSentToLeaders;
import org.minyi.events.review.ReviewTopics;
import org.minyi.events.routing.ReportRouted;
import org.minyi.events.routing.RoutingTopics;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.events.status.ReportStatusTopic;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.minyi.testing.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Committee review on a real Kafka broker and a MongoDB-wire server, called over HTTP with signed tokens. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "spring.mongodb.database=review_it")
@MinyiIntegrationTest
class ReviewIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final String SOURCE = "/minyi/committee-review";
    private static final String DEAD_LETTERS = "committee-review.dlt";
    private static TopicRecorder topics;

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    KafkaAdmin kafkaAdmin;

    @BeforeAll
    static void record() {
        topics = TopicRecorder.of(ReportStatusTopic.NAME, ReviewTopics.REVIEW_EVENTS, DEAD_LETTERS);
    }

    @AfterAll
    static void stop() {
        topics.close();
    }

    @Test
    void aRoutedReportJoinsItsCommitteesQueueOnceAndOnlyItsReviewersAndTheOfficeSeeIt() throws Exception {
        String id = UUID.randomUUID().toString();
        ReportRouted routed = routed(id, "economy", 1, 2, true);

        publish(routed, ReportRouted.TYPE, "/minyi/routing");
        publish(routed, ReportRouted.TYPE, "/minyi/routing");

        await().atMost(WAIT).until(() -> queueIds("economy", TestTokens.reviewer("economy")).contains(id));
        awaitConsumed(RoutingTopics.ROUTING_EVENTS);
        assertThat(queueIds("economy", TestTokens.reviewer("economy"))).containsOnlyOnce(id);
        assertThat(queueIds("economy", TestTokens.office())).containsOnlyOnce(id);

        JsonNode entry = queueEntry("economy", id);
        assertThat(entry.path("trackingNumber").asString()).isEqualTo(routed.trackingNumber());
        assertThat(entry.path("title").asString()).isEqualTo("关于城关镇老旧小区加装电梯资金缺口的建议");
        assertThat(entry.path("urgent").asBoolean()).isTrue();
        assertThat(entry.path("flags").isArray()).isTrue();
        assertThat(entry.path("flags").size()).isZero();
        assertThat(entry.path("status").asString()).isEqualTo("ROUTED");
        assertThat(entry.path("submittedAt").asString()).isNotBlank();

        JsonNode item = JSON.readTree(get("/api/review/reports/" + id, TestTokens.reviewer("economy")).body());
        assertThat(item.path("content").path("situation").asString()).startsWith("城关镇现有");
        assertThat(item.path("committee").asString()).isEqualTo("economy");
        assertThat(item.path("sequence").asLong()).isEqualTo(2);
        assertThat(item.path("decision").isNull()).isTrue();

        assertThat(get("/api/review/queues/economy", TestTokens.reviewer("agriculture")).statusCode()).isEqualTo(404);
        assertThat(get("/api/review/reports/" + id, TestTokens.reviewer("agriculture")).statusCode()).isEqualTo(404);
        assertThat(post("/api/review/reports/" + id + "/claim", TestTokens.reviewer("agriculture"), null)
                .statusCode()).isEqualTo(404);
        assertThat(get("/api/review/reports/" + id, TestTokens.office()).statusCode()).isEqualTo(200);
        assertThat(get("/api/review/queues/economy", TestTokens.station("chengguan")).statusCode()).isEqualTo(403);
        assertThat(get("/api/review/queues/economy", null).statusCode()).isEqualTo(401);
        assertThat(get("/api/review/queues/economy", TestTokens.expired("reviewer-economy", "REVIEWER")).statusCode())
                .isEqualTo(401);
    }

    @Test
    void theQueueShowsUrgentReportsFirstThenTheOldestAndCapsThePageSize() throws Exception {
        String committee = "culture-history";
        Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(3));
        String older = UUID.randomUUID().toString();
        String newer = UUID.randomUUID().toString();
        String urgent = UUID.randomUUID().toString();
        publish(routedAt(older, committee, false, base), ReportRouted.TYPE, "/minyi/routing");
        publish(routedAt(newer, committee, false, base.plusSeconds(60)), ReportRouted.TYPE, "/minyi/routing");
        publish(routedAt(urgent, committee, true, base.plusSeconds(120)), ReportRouted.TYPE, "/minyi/routing");

        await().atMost(WAIT).until(() -> queueIds(committee, TestTokens.office()).size() == 3);

        assertThat(queueIds(committee, TestTokens.reviewer(committee))).containsExactly(urgent, older, newer);
        JsonNode page = JSON.readTree(get("/api/review/queues/" + committee + "?size=1000&page=0",
                TestTokens.office()).body());
        assertThat(page.path("size").asInt()).isEqualTo(100);
        assertThat(page.path("total").asLong()).isEqualTo(3);
        JsonNode second = JSON.readTree(get("/api/review/queues/" + committee + "?size=1&page=1",
                TestTokens.office()).body());
        assertThat(second.path("items").get(0).path("reportId").asString()).isEqualTo(older);
    }

    @Test
    void aReviewerClaimsAndAdoptsAndTheOfficeSendsTheReportToTheLeaders() throws Exception {
        String id = UUID.randomUUID().toString();
        publish(routed(id, "economy", 1, 2, false), ReportRouted.TYPE, "/minyi/routing");
        await().atMost(WAIT).until(() -> get("/api/review/reports/" + id, TestTokens.reviewer("economy"))
                .statusCode() == 200);

        assertThat(post("/api/review/reports/" + id + "/claim", TestTokens.office(), null).statusCode())
                .isEqualTo(403);
        HttpResponse<String> claim = post("/api/review/reports/" + id + "/claim", TestTokens.reviewer("economy"), null);
        assertThat(claim.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(claim.body()).path("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(JSON.readTree(claim.body()).path("claimedBy").asString()).isEqualTo("reviewer-economy");
        assertThat(queueEntry("economy", id).path("claimedBy").asString()).isEqualTo("reviewer-economy");

        TopicRecorder.Recorded underReview = awaitStatus(id, "UNDER_REVIEW");
        JsonNode underReviewBody = JSON.readTree(underReview.value());
        assertThat(underReviewBody.path("sequence").asLong()).isEqualTo(3);
        assertThat(underReviewBody.path("previousStatus").asString()).isEqualTo("ROUTED");
        assertThat(underReviewBody.path("committee").asString()).isEqualTo("economy");
        assertThat(underReviewBody.path("township").asString()).isEqualTo("chengguan");
        assertThat(underReviewBody.path("category").asString()).isEqualTo("HARD_PROBLEM");
        assertThat(underReviewBody.path("actorRole").asString()).isEqualTo("REVIEWER");
        assertThat(underReviewBody.has("title")).as("no report text on the public topic").isFalse();
        assertThat(underReview.header("ce_specversion")).isEqualTo("1.0");
        assertThat(underReview.header("ce_type")).isEqualTo("minyi.status.ReportStatusChanged.v1");
        assertThat(underReview.header("ce_source")).isEqualTo(SOURCE);
        assertThat(underReview.header("ce_id")).isEqualTo(underReviewBody.path("eventId").asString());
        assertThat(underReview.header("ce_reportsequence")).isEqualTo("3");
        assertThat(underReview.header("ce_time")).isNotBlank();

        HttpResponse<String> adopt = post("/api/review/reports/" + id + "/decision", TestTokens.reviewer("economy"),
                "{\"decision\": \"ADOPT\", \"grade\": \"A\", \"comment\": \"数据翔实，建议可行\"}");
        assertThat(adopt.statusCode()).isEqualTo(200);
        JsonNode adoptedItem = JSON.readTree(adopt.body());
        assertThat(adoptedItem.path("status").asString()).isEqualTo("ADOPTED");
        assertThat(adoptedItem.path("decision").path("grade").asString()).isEqualTo("A");
        assertThat(adoptedItem.path("decision").path("comment").asString()).isEqualTo("数据翔实，建议可行");
        assertThat(queueIds("economy", TestTokens.reviewer("economy"))).doesNotContain(id);

        JsonNode adoptedStatus = JSON.readTree(awaitStatus(id, "ADOPTED").value());
        assertThat(adoptedStatus.path("sequence").asLong()).isEqualTo(4);
        assertThat(adoptedStatus.path("previousStatus").asString()).isEqualTo("UNDER_REVIEW");
        TopicRecorder.Recorded adopted = awaitReview(id, ReportAdopted.TYPE);
        JsonNode adoptedBody = JSON.readTree(adopted.value());
        assertThat(adoptedBody.path("sequence").asLong()).isEqualTo(4);
        assertThat(adoptedBody.path("grade").asString()).isEqualTo("A");
        assertThat(adoptedBody.path("reviewer").asString()).isEqualTo("reviewer-economy");
        assertThat(adoptedBody.path("authors").size()).isEqualTo(2);
        assertThat(adopted.header("ce_source")).isEqualTo(SOURCE);
        assertThat(adopted.header("ce_id")).isEqualTo(adoptedBody.path("eventId").asString())
                .isNotEqualTo(adoptedStatus.path("eventId").asString());
        assertThat(adopted.header("ce_correlationid")).isNotBlank();

        assertThat(post("/api/review/reports/" + id + "/send-to-leaders", TestTokens.reviewer("economy"), null)
                .statusCode()).isEqualTo(403);
        HttpResponse<String> send = post("/api/review/reports/" + id + "/send-to-leaders", TestTokens.office(), null);
        assertThat(send.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(send.body()).path("status").asString()).isEqualTo("SENT_TO_LEADERS");

        JsonNode sentStatus = JSON.readTree(awaitStatus(id, "SENT_TO_LEADERS").value());
        assertThat(sentStatus.path("sequence").asLong()).isEqualTo(5);
        assertThat(sentStatus.path("actorRole").asString()).isEqualTo("OFFICE");
        JsonNode sent = JSON.readTree(awaitReview(id, ReportSentToLeaders.TYPE).value());
        assertThat(sent.path("sequence").asLong()).isEqualTo(5);
        assertThat(sent.path("grade").asString()).isEqualTo("A");
        assertThat(sent.path("committee").asString()).isEqualTo("economy");
        assertThat(sent.path("submittedAt").asString()).isNotBlank();
        assertThat(sent.path("report").path("title").asString()).isEqualTo("关于城关镇老旧小区加装电梯资金缺口的建议");
        assertThat(sent.has("publication")).isFalse();

        HttpResponse<String> again = post("/api/review/reports/" + id + "/send-to-leaders", TestTokens.office(), null);
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(again.body()).path("currentStatus").asString()).isEqualTo("SENT_TO_LEADERS");
    }

    @Test
    void aReturnedReportComesBackAsANewRevisionAndIsThenDeclined() throws Exception {
        String id = UUID.randomUUID().toString();
        publish(routed(id, "agriculture", 1, 2, false), ReportRouted.TYPE, "/minyi/routing");
        await().atMost(WAIT).until(() -> queueIds("agriculture", TestTokens.reviewer("agriculture")).contains(id));

        claim(id, "agriculture");
        HttpResponse<String> returned = post("/api/review/reports/" + id + "/decision",
                TestTokens.reviewer("agriculture"), "{\"decision\": \"RETURN\", \"comment\": \"请补充资金缺口的具体数据\"}");
        assertThat(returned.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(returned.body()).path("status").asString()).isEqualTo("RETURNED");
        assertThat(JSON.readTree(awaitStatus(id, "RETURNED").value()).path("sequence").asLong()).isEqualTo(4);
        JsonNode returnedEvent = JSON.readTree(awaitReview(id, ReportReturned.TYPE).value());
        assertThat(returnedEvent.path("comment").asString()).isEqualTo("请补充资金缺口的具体数据");
        assertThat(returnedEvent.path("sequence").asLong()).isEqualTo(4);

        publish(status(id, ReportStatus.SUBMITTED, ReportStatus.RETURNED, 5, "MEMBER"), ReportStatusChanged.TYPE,
                "/minyi/intake");
        publish(routed(id, "agriculture", 2, 6, false), ReportRouted.TYPE, "/minyi/routing");
        await().atMost(WAIT).until(() -> queueIds("agriculture", TestTokens.reviewer("agriculture")).contains(id));
        JsonNode revised = JSON.readTree(get("/api/review/reports/" + id, TestTokens.reviewer("agriculture")).body());
        assertThat(revised.path("revision").asInt()).isEqualTo(2);
        assertThat(revised.path("decision").isNull()).isTrue();

        claim(id, "agriculture");
        assertThat(JSON.readTree(awaitStatus(id, "UNDER_REVIEW", 7).value()).path("sequence").asLong()).isEqualTo(7);
        HttpResponse<String> declined = post("/api/review/reports/" + id + "/decision",
                TestTokens.reviewer("agriculture"), "{\"decision\": \"DECLINE\", \"reason\": \"DUPLICATE\"}");
        assertThat(declined.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(declined.body()).path("status").asString()).isEqualTo("NOT_ADOPTED");
        assertThat(JSON.readTree(awaitStatus(id, "NOT_ADOPTED").value()).path("sequence").asLong()).isEqualTo(8);
        JsonNode declinedEvent = JSON.readTree(awaitReview(id, ReportDeclined.TYPE).value());
        assertThat(declinedEvent.path("reason").asString()).isEqualTo("DUPLICATE");
        assertThat(declinedEvent.path("reviewer").asString()).isEqualTo("reviewer-agriculture");
    }

    @Test
    void illegalStepsAnswer409AndBadDecisionsNameTheirField() throws Exception {
        String id = UUID.randomUUID().toString();
        publish(routed(id, "education", 1, 2, false), ReportRouted.TYPE, "/minyi/routing");
        await().atMost(WAIT).until(() -> queueIds("education", TestTokens.reviewer("education")).contains(id));
        String decide = "/api/review/reports/" + id + "/decision";
        String reviewer = TestTokens.reviewer("education");

        HttpResponse<String> beforeClaim = post(decide, reviewer, "{\"decision\": \"ADOPT\", \"grade\": \"B\"}");
        assertThat(beforeClaim.statusCode()).isEqualTo(409);
        assertThat(beforeClaim.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(JSON.readTree(beforeClaim.body()).path("currentStatus").asString()).isEqualTo("ROUTED");
        assertThat(post("/api/review/reports/" + id + "/send-to-leaders", TestTokens.office(), null).statusCode())
                .isEqualTo(409);

        assertThat(fields(post(decide, reviewer, "{\"decision\": \"MAYBE\"}"))).containsExactly("decision");
        assertThat(fields(post(decide, reviewer, "{\"decision\": \"ADOPT\"}"))).containsExactly("grade");
        assertThat(fields(post(decide, reviewer, "{\"decision\": \"ADOPT\", \"grade\": \"E\"}")))
                .containsExactly("grade");
        assertThat(fields(post(decide, reviewer, "{\"decision\": \"DECLINE\", \"comment\": \"不采用\"}")))
                .containsExactly("reason");
        assertThat(fields(post(decide, reviewer, "{\"decision\": \"RETURN\", \"comment\": \"  \"}")))
                .containsExactly("comment");
        assertThat(fields(post(decide, reviewer, "{\"grade\": \"A\"}"))).containsExactly("decision");
        assertThat(fields(post(decide, reviewer, null))).containsExactly("decision");
        assertThat(fields(post(decide, reviewer, "{\"decision\": \"ADOPT\", \"grade\": \"A\", \"status\": \"ADOPTED\"}")))
                .containsExactly("status");
        assertThat(fields(post(decide, reviewer, "{\"decision\": {\"$gt\": \"\"}, \"grade\": \"A\"}")))
                .containsExactly("decision");
        assertThat(fields(post(decide, reviewer,
                "{\"decision\": \"DECLINE\", \"reason\": \"" + "长".repeat(101) + "\"}"))).containsExactly("reason");
        assertThat(fields(post(decide, reviewer, "{\"decision\": "))).containsExactly("body");
        assertThat(post(decide, reviewer, "{\"decision\": \"RETURN\", \"comment\": \"" + "长".repeat(70_000) + "\"}")
                .statusCode()).isEqualTo(413);
        assertThat(fields(get("/api/review/queues/economy?size=many", TestTokens.office()))).containsExactly("size");

        claim(id, "education");
        HttpResponse<String> twice = post("/api/review/reports/" + id + "/claim", reviewer, null);
        assertThat(twice.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(twice.body()).path("currentStatus").asString()).isEqualTo("UNDER_REVIEW");
        JsonNode item = JSON.readTree(get("/api/review/reports/" + id, reviewer).body());
        assertThat(item.path("status").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(item.path("decision").isNull()).isTrue();
    }

    @Test
    void aWithdrawnReportLeavesTheQueueAndRefusesDecisions() throws Exception {
        String id = UUID.randomUUID().toString();
        publish(routed(id, "environment", 1, 2, false), ReportRouted.TYPE, "/minyi/routing");
        await().atMost(WAIT).until(() -> queueIds("environment", TestTokens.reviewer("environment")).contains(id));
        claim(id, "environment");

        ReportStatusChanged withdrawn = status(id, ReportStatus.WITHDRAWN, ReportStatus.UNDER_REVIEW, 4, "STATION");
        publish(withdrawn, ReportStatusChanged.TYPE, "/minyi/intake");
        publish(withdrawn, ReportStatusChanged.TYPE, "/minyi/intake");
        publish(status(UUID.randomUUID().toString(), ReportStatus.WITHDRAWN, ReportStatus.SUBMITTED, 2, "STATION"),
                ReportStatusChanged.TYPE, "/minyi/intake");

        await().atMost(WAIT).until(() -> !queueIds("environment", TestTokens.reviewer("environment")).contains(id));
        JsonNode item = JSON.readTree(get("/api/review/reports/" + id, TestTokens.office()).body());
        assertThat(item.path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(item.path("sequence").asLong()).isEqualTo(4);
        HttpResponse<String> decide = post("/api/review/reports/" + id + "/decision",
                TestTokens.reviewer("environment"), "{\"decision\": \"ADOPT\", \"grade\": \"A\"}");
        assertThat(decide.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(decide.body()).path("currentStatus").asString()).isEqualTo("WITHDRAWN");
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheNextOneIsStillApplied() throws Exception {
        String id = UUID.randomUUID().toString();
        ReportRouted valid = routed(id, "proposals", 1, 2, false);
        ProducerRecord<String, byte[]> poison = new ProducerRecord<>(RoutingTopics.ROUTING_EVENTS, id,
                "{\"eventId\": 42".getBytes(StandardCharsets.UTF_8));
        EventEnvelope.of(valid, ReportRouted.TYPE, URI.create("/minyi/routing"), "test", null).toHeaders()
                .forEach((name, value) -> poison.headers().add(new RecordHeader(name, value)));
        kafka.send(poison).get();
        publish(valid, ReportRouted.TYPE, "/minyi/routing");

        await().atMost(WAIT).until(() -> queueIds("proposals", TestTokens.reviewer("proposals")).contains(id));
        await().atMost(WAIT).until(() -> topics.withKey(id).stream().anyMatch(r -> r.topic().equals(DEAD_LETTERS)));
        TopicRecorder.Recorded dead = topics.withKey(id).stream().filter(r -> r.topic().equals(DEAD_LETTERS))
                .findFirst().orElseThrow();
        assertThat(dead.header("kafka_dlt-exception-fqcn") + " " + dead.header("kafka_dlt-exception-cause-fqcn"))
                .contains("UnreadableEventException");
        assertThat(get("/actuator/prometheus", null).body()).contains("minyi_kafka_dead_lettered_total");
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

    private void claim(String id, String committee) throws Exception {
        HttpResponse<String> claim = post("/api/review/reports/" + id + "/claim", TestTokens.reviewer(committee), null);
        assertThat(claim.statusCode()).as(claim.body()).isEqualTo(200);
    }

    private static TopicRecorder.Recorded awaitStatus(String id, String status) {
        return awaitStatus(id, status, 0);
    }

    /** The status change this service published for the report, at {@code sequence} or later. */
    private static TopicRecorder.Recorded awaitStatus(String id, String status, long sequence) {
        return await().atMost(WAIT).until(() -> topics.withKey(id).stream()
                        .filter(r -> r.topic().equals(ReportStatusTopic.NAME) && SOURCE.equals(r.header("ce_source")))
                        .filter(r -> JSON.readTree(r.value()).path("status").asString().equals(status))
                        .filter(r -> JSON.readTree(r.value()).path("sequence").asLong() >= sequence)
                        .findFirst().orElse(null),
                found -> found != null);
    }

    private static TopicRecorder.Recorded awaitReview(String id, EventType<?> type) {
        return await().atMost(WAIT).until(() -> topics.withKey(id).stream()
                        .filter(r -> r.topic().equals(ReviewTopics.REVIEW_EVENTS))
                        .filter(r -> type.name().equals(r.header("ce_type")))
                        .findFirst().orElse(null),
                found -> found != null);
    }

    /** Waits until the service's consumer group has committed every record of {@code topic}. */
    private void awaitConsumed(String topic) {
        try (AdminClient admin = AdminClient.create(kafkaAdmin.getConfigurationProperties())) {
            await().atMost(WAIT).until(() -> {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets("committee-review")
                        .partitionsToOffsetAndMetadata().get();
                List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic)
                        .partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
                Map<TopicPartition, OffsetSpec> latest = partitions.stream()
                        .collect(Collectors.toMap(p -> p, p -> OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                return partitions.stream().allMatch(p -> ends.get(p).offset() == 0
                        || committed.containsKey(p) && committed.get(p).offset() >= ends.get(p).offset());
            });
        }
    }

    private List<String> queueIds(String committee, String token) throws Exception {
        HttpResponse<String> answer = get("/api/review/queues/" + committee + "?size=100", token);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        JSON.readTree(answer.body()).path("items").forEach(item -> ids.add(item.path("reportId").asString()));
        return ids;
    }

    private JsonNode queueEntry(String committee, String id) throws Exception {
        JsonNode page = JSON.readTree(get("/api/review/queues/" + committee + "?size=100", TestTokens.office()).body());
        for (JsonNode item : page.path("items")) {
            if (item.path("reportId").asString().equals(id)) {
                return item;
            }
        }
        throw new AssertionError("report " + id + " is not in the " + committee + " queue");
    }

    private static ReportRouted routed(String id, String committee, int revision, long sequence, boolean urgent) {
        return new ReportRouted(UUID.randomUUID(), id, sequence, Instant.now(), "SQ-2026-000123", revision, committee,
                "category:HARD_PROBLEM", Instant.now(), content(urgent));
    }

    private static ReportRouted routedAt(String id, String committee, boolean urgent, Instant submittedAt) {
        return new ReportRouted(UUID.randomUUID(), id, 2, Instant.now(), "SQ-2026-000124", 1, committee,
                "domain:culture", submittedAt, content(urgent));
    }

    private static SubmittedReport content(boolean urgent) {
        return new SubmittedReport("关于城关镇老旧小区加装电梯资金缺口的建议", Category.HARD_PROBLEM, "urban",
                "城关镇现有2000年以前建成的老旧小区37个，居民中60岁以上老人占比超过三成……", null,
                "建议县住建局牵头设立加装电梯专项补助资金……", "chengguan", "cdl", List.of("m0001", "m0002"), null, null,
                urgent, null);
    }

    private static ReportStatusChanged status(String id, ReportStatus status, ReportStatus previous, long sequence,
                                              String actorRole) {
        return new ReportStatusChanged(UUID.randomUUID(), id, "SQ-2026-000123", status, previous, sequence,
                Instant.now(), "chengguan", null, Category.HARD_PROBLEM, actorRole);
    }

    private void publish(ReportEvent event, EventType<?> type, String source) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.reportId(),
                EventJson.write(event));
        EventEnvelope.of(event, type, URI.create(source), "test", null).toHeaders()
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
        kafka.send(record).get();
    }

    private static List<String> fields(HttpResponse<String> answer) throws IOException {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        JSON.readTree(answer.body()).path("errors").forEach(e -> fields.add(e.path("field").asString()));
        return fields;
    }

    private HttpResponse<String> post(String path, String token, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .POST(body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
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
