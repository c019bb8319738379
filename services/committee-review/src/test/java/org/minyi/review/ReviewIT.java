package org.minyi.review;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.junit.jupiter.api.Test;
import org.minyi.events.EventEnvelope;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.Quality;
import org.minyi.events.review.ReportAdopted;
import org.minyi.events.review.ReportDeclined;
import org.minyi.events.review.ReportReturned;
import org.minyi.events.review.ReportSentToLeaders;
import org.minyi.events.routing.ReportRouted;
import org.minyi.events.routing.RoutingTopics;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.review.queue.persistence.MongoReviewItems;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.minyi.testing.TopicRecorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Queues, claims and decisions on a real Kafka broker and a MongoDB-wire server, called over HTTP with
 * signed tokens; the service's clock is moved forward to let claims expire.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=review_it", "minyi.review.pending-sweep-every=300ms", "minyi.review.pending-age=2s",
        "minyi.review.time-limit.check-every=300ms", "minyi.review.time-limit.committees.overseas=60"})
@MinyiIntegrationTest
@Import({ControllableClock.Configuration.class, RecordedSpans.Configuration.class})
@AutoConfigureMetrics
@AutoConfigureTracing
class ReviewIT extends ReviewServiceTestBase {

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MongoReviewItems reviewItems;

    private static final String COLLEAGUE = TestTokens.token("reviewer-economy-2", "REVIEWER",
            Map.of("committee", "economy"));

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
        assertThat(entry.path("title").asString()).isEqualTo(TITLE);
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
    void theQueueShowsUrgentReportsNewestFirstThenTheOthersOldestFirstAndCapsThePageSize() throws Exception {
        String committee = "culture-history";
        Instant base = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofHours(3));
        String older = UUID.randomUUID().toString();
        String newer = UUID.randomUUID().toString();
        String urgent = UUID.randomUUID().toString();
        String newerUrgent = UUID.randomUUID().toString();
        publish(routedAt(older, committee, false, base), ReportRouted.TYPE, "/minyi/routing");
        publish(routedAt(newer, committee, false, base.plusSeconds(60)), ReportRouted.TYPE, "/minyi/routing");
        publish(routedAt(urgent, committee, true, base.plusSeconds(120)), ReportRouted.TYPE, "/minyi/routing");
        publish(routedAt(newerUrgent, committee, true, base.plusSeconds(180)), ReportRouted.TYPE, "/minyi/routing");

        await().atMost(WAIT).until(() -> queueIds(committee, TestTokens.office()).size() == 4);

        assertThat(queueIds(committee, TestTokens.reviewer(committee))).containsExactly(newerUrgent, urgent, older, newer);
        JsonNode page = JSON.readTree(get("/api/review/queues/" + committee + "?size=1000&page=0",
                TestTokens.office()).body());
        assertThat(page.path("size").asInt()).isEqualTo(100);
        assertThat(page.path("total").asLong()).isEqualTo(4);
        JsonNode third = JSON.readTree(get("/api/review/queues/" + committee + "?size=1&page=2",
                TestTokens.office()).body());
        assertThat(third.path("items").get(0).path("reportId").asString()).isEqualTo(older);
    }

    @Test
    void queueItemsShowIntakesFindingsAndTheQueueFiltersByStatusTownshipCategoryAndTopic() throws Exception {
        String committee = "social-legal";
        String duplicateOf = UUID.randomUUID().toString();
        Quality quality = new Quality(List.of(Quality.Flag.TOO_LONG, Quality.Flag.SLOW),
                List.of(new Quality.PossibleDuplicate(duplicateOf, "SQ-2026-000101", 0.91)));
        String flagged = queued(committee, List.of("m0001"), quality);
        String elsewhere = UUID.randomUUID().toString();
        publish(new ReportRouted(UUID.randomUUID(), elsewhere, 2, Instant.now(), "SQ-2026-000124", 1, committee,
                        "category:DAILY_LIFE", Instant.now(), new org.minyi.events.intake.SubmittedReport("关于河口镇渡口安全的建议",
                        Category.DAILY_LIFE, "transport", "情况", null, "建议", "hekou", null, List.of("m0003"), null,
                        "topic-ferries", false, null)),
                ReportRouted.TYPE, "/minyi/routing");
        await().atMost(WAIT).until(() -> queueIds(committee, TestTokens.office()).contains(elsewhere));

        JsonNode entry = queueEntry(committee, flagged);
        assertThat(entry.path("flags").valueStream().map(JsonNode::asString).toList())
                .containsExactly("TOO_LONG", "SLOW", "POSSIBLE_DUPLICATE");
        assertThat(entry.path("possibleDuplicates").get(0).path("trackingNumber").asString()).isEqualTo("SQ-2026-000101");
        assertThat(entry.path("possibleDuplicates").get(0).path("similarity").asDouble()).isEqualTo(0.91);
        assertThat(item(flagged).path("quality").path("possibleDuplicates").get(0).path("reportId").asString())
                .isEqualTo(duplicateOf);
        JsonNode asReviewer = JSON.readTree(get("/api/review/reports/" + flagged, TestTokens.reviewer(committee)).body());
        assertThat(asReviewer.path("flags").valueStream().map(JsonNode::asString).toList()).contains("POSSIBLE_DUPLICATE");
        assertThat(asReviewer.path("quality").path("possibleDuplicates"))
                .as("a similar report outside the reviewer's committee is not named to it").isEmpty();

        String queue = "/api/review/queues/" + committee;
        String reviewer = TestTokens.reviewer(committee);
        assertThat(ids(get(queue + "?township=hekou", reviewer))).containsExactly(elsewhere);
        assertThat(ids(get(queue + "?category=HARD_PROBLEM", reviewer))).containsExactly(flagged);
        assertThat(ids(get(queue + "?topic=topic-ferries", reviewer))).containsExactly(elsewhere);
        claim(flagged, committee);
        assertThat(ids(get(queue + "?status=UNDER_REVIEW", reviewer))).containsExactly(flagged);
        assertThat(ids(get(queue + "?status=ROUTED,UNDER_REVIEW", reviewer))).contains(flagged, elsewhere);
        assertThat(fields(get(queue + "?status=LOST", reviewer))).containsExactly("status");
        assertThat(fields(get(queue + "?category=GOSSIP", reviewer))).containsExactly("category");
        assertThat(fields(get(queue + "?township=" + "$gt", reviewer))).containsExactly("township");

        String adopted = adopted("education");
        assertThat(ids(get("/api/review/reports?status=ADOPTED&size=100", TestTokens.reviewer("education"))))
                .contains(adopted);
        assertThat(ids(get("/api/review/reports?status=ADOPTED&size=100", reviewer))).doesNotContain(adopted);
        assertThat(ids(get("/api/review/reports?status=ADOPTED&committee=education&size=100", TestTokens.office())))
                .contains(adopted);
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
        assertThat(underReviewBody.path("actor").asString()).isEqualTo("reviewer-economy");
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
        assertThat(adoptedItem.path("decision").path("kind").asString()).isEqualTo("SINGLE");
        assertThat(adoptedItem.path("decision").path("comment").asString()).isEqualTo("数据翔实，建议可行");
        assertThat(queueIds("economy", TestTokens.reviewer("economy"))).doesNotContain(id);

        JsonNode adoptedStatus = JSON.readTree(awaitStatus(id, "ADOPTED").value());
        assertThat(adoptedStatus.path("sequence").asLong()).isEqualTo(4);
        assertThat(adoptedStatus.path("previousStatus").asString()).isEqualTo("UNDER_REVIEW");
        TopicRecorder.Recorded adopted = awaitRecord(id, ReportAdopted.TYPE);
        JsonNode adoptedBody = JSON.readTree(adopted.value());
        assertThat(adoptedBody.path("sequence").asLong()).isEqualTo(4);
        assertThat(adoptedBody.path("grade").asString()).isEqualTo("A");
        assertThat(adoptedBody.path("kind").asString()).isEqualTo("SINGLE");
        assertThat(adoptedBody.path("reviewer").asString()).isEqualTo("reviewer-economy");
        assertThat(adoptedBody.path("comment").asString()).isEqualTo("数据翔实，建议可行");
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
        assertThat(sentStatus.path("actor").asString()).isEqualTo("office");
        JsonNode sent = JSON.readTree(awaitRecord(id, ReportSentToLeaders.TYPE).value());
        assertThat(sent.path("sequence").asLong()).isEqualTo(5);
        assertThat(sent.path("grade").asString()).isEqualTo("A");
        assertThat(sent.path("committee").asString()).isEqualTo("economy");
        assertThat(sent.path("submittedAt").asString()).isNotBlank();
        assertThat(sent.path("report").path("title").asString()).isEqualTo(TITLE);
        assertThat(sent.has("publication")).isFalse();
        assertThat(sent.path("leaders").valueStream().map(JsonNode::asString).toList())
                .as("no leaders named: every county leader").hasSize(8).contains("county-head")
                .doesNotContain("city-mayor");
        assertThat(sent.path("sentBy").asString()).isEqualTo("office");

        JsonNode again = conflict(post("/api/review/reports/" + id + "/send-to-leaders", TestTokens.office(), null));
        assertThat(again.path("currentStatus").asString()).isEqualTo("SENT_TO_LEADERS");
        assertThat(again.path("reportId").asString()).isEqualTo(id);
    }

    @Test
    void aClaimHoldsForItsLeaseIsRenewedByItsHolderAndTakenOverOnceExpired() throws Exception {
        String id = queued("economy");
        String claim = "/api/review/reports/" + id + "/claim";
        HttpResponse<String> first = post(claim, TestTokens.reviewer("economy"), null);
        assertThat(first.statusCode()).isEqualTo(200);
        Instant firstExpiry = Instant.parse(JSON.readTree(first.body()).path("leaseExpiresAt").asString());
        assertThat(Duration.between(clock.instant(), firstExpiry)).isBetween(Duration.ofMinutes(29),
                Duration.ofMinutes(30));

        JsonNode taken = conflict(post(claim, COLLEAGUE, null));
        assertThat(taken.path("currentStatus").asString()).isEqualTo("UNDER_REVIEW");
        assertThat(taken.path("claimedBy").asString()).isEqualTo("reviewer-economy");
        assertThat(Instant.parse(taken.path("leaseExpiresAt").asString()))
                .isEqualTo(firstExpiry.truncatedTo(ChronoUnit.MILLIS));
        assertThat(conflict(post("/api/review/reports/" + id + "/decision", COLLEAGUE,
                "{\"decision\": \"ADOPT\", \"grade\": \"B\"}")).path("claimedBy").asString())
                .isEqualTo("reviewer-economy");

        clock.advance(Duration.ofMinutes(20));
        HttpResponse<String> renewed = post(claim, TestTokens.reviewer("economy"), null);
        assertThat(renewed.statusCode()).isEqualTo(200);
        assertThat(Instant.parse(JSON.readTree(renewed.body()).path("leaseExpiresAt").asString())).isAfter(firstExpiry);

        clock.advance(Duration.ofMinutes(31));
        HttpResponse<String> takeover = post(claim, COLLEAGUE, null);
        assertThat(takeover.statusCode()).as(takeover.body()).isEqualTo(200);
        assertThat(JSON.readTree(takeover.body()).path("claimedBy").asString()).isEqualTo("reviewer-economy-2");
        assertThat(conflict(post("/api/review/reports/" + id + "/decision", TestTokens.reviewer("economy"),
                "{\"decision\": \"ADOPT\", \"grade\": \"A\"}")).path("claimedBy").asString())
                .isEqualTo("reviewer-economy-2");
        HttpResponse<String> decided = post("/api/review/reports/" + id + "/decision", COLLEAGUE,
                "{\"decision\": \"ADOPT\", \"grade\": \"B\", \"kind\": \"COMPOSITE\"}");
        assertThat(decided.statusCode()).as(decided.body()).isEqualTo(200);
        assertThat(JSON.readTree(decided.body()).path("decision").path("decidedBy").asString())
                .isEqualTo("reviewer-economy-2");

        JsonNode adopted = JSON.readTree(awaitRecord(id, ReportAdopted.TYPE).value());
        assertThat(adopted.path("kind").asString()).isEqualTo("COMPOSITE");
        assertThat(adopted.path("sequence").asLong()).as("renewals and take-overs announce nothing").isEqualTo(4);
        assertThat(recorded(id, ReportStatusChanged.TYPE).stream()
                .filter(r -> JSON.readTree(r.value()).path("status").asString().equals("UNDER_REVIEW"))).hasSize(1);
    }

    @Test
    void aReturnedReportComesBackAsANewRevisionAndIsThenDeclinedWithAListedReason() throws Exception {
        String id = UUID.randomUUID().toString();
        publish(routed(id, "agriculture", 1, 2, false), ReportRouted.TYPE, "/minyi/routing");
        await().atMost(WAIT).until(() -> queueIds("agriculture", TestTokens.reviewer("agriculture")).contains(id));

        claim(id, "agriculture");
        HttpResponse<String> returned = post("/api/review/reports/" + id + "/decision",
                TestTokens.reviewer("agriculture"), "{\"decision\": \"RETURN\", \"comment\": \"请补充资金缺口的具体数据\"}");
        assertThat(returned.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(returned.body()).path("status").asString()).isEqualTo("RETURNED");
        assertThat(JSON.readTree(awaitStatus(id, "RETURNED").value()).path("sequence").asLong()).isEqualTo(4);
        JsonNode returnedEvent = JSON.readTree(awaitRecord(id, ReportReturned.TYPE).value());
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
        String decide = "/api/review/reports/" + id + "/decision";
        assertThat(fields(post(decide, TestTokens.reviewer("agriculture"),
                "{\"decision\": \"DECLINE\", \"reason\": \"我不喜欢\"}"))).containsExactly("reason");
        assertThat(fields(post(decide, TestTokens.reviewer("agriculture"),
                "{\"decision\": \"DECLINE\", \"reason\": \"OTHER\"}"))).containsExactly("comment");
        HttpResponse<String> declined = post(decide, TestTokens.reviewer("agriculture"),
                "{\"decision\": \"DECLINE\", \"reason\": \"DUPLICATE\", \"comment\": \"与SQ-2026-000101重复\"}");
        assertThat(declined.statusCode()).isEqualTo(200);
        JsonNode declinedItem = JSON.readTree(declined.body());
        assertThat(declinedItem.path("status").asString()).isEqualTo("NOT_ADOPTED");
        assertThat(declinedItem.path("decision").path("reason").asString()).isEqualTo("DUPLICATE");
        assertThat(declinedItem.path("decision").path("reasonLabel").asString()).isEqualTo("与已有信息内容重复");
        assertThat(declinedItem.path("decision").path("reasonLabelEn").asString())
                .isEqualTo("Duplicates an earlier report");
        assertThat(JSON.readTree(awaitStatus(id, "NOT_ADOPTED").value()).path("sequence").asLong()).isEqualTo(8);
        JsonNode declinedEvent = JSON.readTree(awaitRecord(id, ReportDeclined.TYPE).value());
        assertThat(declinedEvent.path("reason").asString()).isEqualTo("DUPLICATE");
        assertThat(declinedEvent.path("reasonLabel").asString()).as("the reason in words, for the authors")
                .isEqualTo("与已有信息内容重复");
        assertThat(declinedEvent.path("reasonLabelEn").asString()).isEqualTo("Duplicates an earlier report");
        assertThat(declinedEvent.path("comment").asString()).isEqualTo("与SQ-2026-000101重复");
        assertThat(declinedEvent.path("reviewer").asString()).isEqualTo("reviewer-agriculture");
    }

    @Test
    void theOfficeMaintainsTheDeclineReasonsThatReviewersChooseFrom() throws Exception {
        String reasons = "/api/review/decline-reasons";
        JsonNode seeded = JSON.readTree(get(reasons, TestTokens.reviewer("economy")).body());
        assertThat(seeded.path("reasons").valueStream().map(r -> r.path("code").asString()).toList())
                .contains("DUPLICATE", "OTHER");
        String original = JSON.writeValueAsString(Map.of("reasons", seeded.path("reasons").valueStream()
                .filter(r -> r.path("active").asBoolean())
                .map(r -> Map.of("code", r.path("code").asString(), "label", r.path("label").asString(),
                        "labelEn", r.path("labelEn").asString(), "requiresComment",
                        r.path("requiresComment").asBoolean())).toList()));

        assertThat(put(reasons, TestTokens.reviewer("economy"), original).statusCode()).isEqualTo(403);
        assertThat(fields(put(reasons, TestTokens.office(),
                "{\"reasons\": [{\"code\": \"bad code\", \"label\": \"\"}]}")))
                .containsExactly("reasons[0].code", "reasons[0].label");
        HttpResponse<String> replaced = put(reasons, TestTokens.office(), "{\"reasons\": ["
                + "{\"code\": \"DUPLICATE\", \"label\": \"与已有信息内容重复\"},"
                + "{\"code\": \"LOCAL_ONLY\", \"label\": \"仅涉及个别村组\", \"labelEn\": \"Local only\"},"
                + "{\"code\": \"OTHER\", \"label\": \"其他\", \"requiresComment\": true}]}");
        assertThat(replaced.statusCode()).as(replaced.body()).isEqualTo(200);
        JsonNode list = JSON.readTree(replaced.body());
        assertThat(list.path("updatedBy").asString()).isEqualTo("office");
        assertThat(list.path("reasons").valueStream().filter(r -> r.path("code").asString().equals("NOT_TIMELY"))
                .findFirst().orElseThrow().path("active").asBoolean()).isFalse();

        String id = queued("economy");
        claim(id, "economy");
        String decide = "/api/review/reports/" + id + "/decision";
        assertThat(fields(post(decide, TestTokens.reviewer("economy"),
                "{\"decision\": \"DECLINE\", \"reason\": \"NOT_TIMELY\"}"))).containsExactly("reason");
        HttpResponse<String> declined = post(decide, TestTokens.reviewer("economy"),
                "{\"decision\": \"DECLINE\", \"reason\": \"LOCAL_ONLY\"}");
        assertThat(JSON.readTree(declined.body()).path("decision").path("reasonLabel").asString()).isEqualTo("仅涉及个别村组");
        JsonNode declinedEvent = JSON.readTree(awaitRecord(id, ReportDeclined.TYPE).value());
        assertThat(declinedEvent.path("reason").asString()).isEqualTo("LOCAL_ONLY");
        assertThat(declinedEvent.path("reasonLabel").asString()).isEqualTo("仅涉及个别村组");
        assertThat(declinedEvent.path("reasonLabelEn").asString()).isEqualTo("Local only");

        String unworded = queued("economy");
        claim(unworded, "economy");
        assertThat(post("/api/review/reports/" + unworded + "/decision", TestTokens.reviewer("economy"),
                "{\"decision\": \"DECLINE\", \"reason\": \"DUPLICATE\"}").statusCode()).isEqualTo(200);
        JsonNode withoutEnglish = JSON.readTree(awaitRecord(unworded, ReportDeclined.TYPE).value());
        assertThat(withoutEnglish.path("reasonLabel").asString()).isEqualTo("与已有信息内容重复");
        assertThat(withoutEnglish.path("reasonLabelEn").isMissingNode() || withoutEnglish.path("reasonLabelEn").isNull())
                .as("the list gave DUPLICATE no English label").isTrue();

        assertThat(put(reasons, TestTokens.office(), original).statusCode()).isEqualTo(200);
        JsonNode kept = JSON.readTree(get("/api/review/reports/" + id, TestTokens.reviewer("economy")).body())
                .path("decision");
        assertThat(kept.path("reasonLabel").asString()).as("as worded when declined, LOCAL_ONLY now retired")
                .isEqualTo("仅涉及个别村组");
        assertThat(kept.path("reasonLabelEn").asString()).isEqualTo("Local only");
    }

    @Test
    void theOfficeWorksItsTriageQueueAndMayReturnAnyQueuedReport() throws Exception {
        String triaged = queued("OFFICE");
        assertThat(get("/api/review/queues/OFFICE", TestTokens.reviewer("economy")).statusCode()).isEqualTo(404);
        assertThat(queueIds("OFFICE", TestTokens.office())).contains(triaged);
        HttpResponse<String> claimed = post("/api/review/reports/" + triaged + "/claim", TestTokens.office(), null);
        assertThat(claimed.statusCode()).as(claimed.body()).isEqualTo(200);
        HttpResponse<String> declined = post("/api/review/reports/" + triaged + "/decision", TestTokens.office(),
                "{\"decision\": \"DECLINE\", \"reason\": \"OUT_OF_SCOPE\", \"comment\": \"属信访事项\"}");
        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);
        assertThat(JSON.readTree(awaitStatus(triaged, "NOT_ADOPTED").value()).path("actorRole").asString())
                .isEqualTo("OFFICE");

        String routed = queued("economy");
        HttpResponse<String> returned = post("/api/review/reports/" + routed + "/decision", TestTokens.office(),
                "{\"decision\": \"RETURN\", \"comment\": \"请按一事一议拆分为两篇\"}");
        assertThat(returned.statusCode()).as(returned.body()).isEqualTo(200);
        JsonNode status = JSON.readTree(awaitStatus(routed, "RETURNED").value());
        assertThat(status.path("previousStatus").asString()).isEqualTo("ROUTED");
        assertThat(status.path("actorRole").asString()).isEqualTo("OFFICE");
        assertThat(JSON.readTree(awaitRecord(routed, ReportReturned.TYPE).value()).path("reviewer").asString())
                .isEqualTo("office");
    }

    @Test
    void illegalStepsAnswer409AndBadDecisionsNameTheirField() throws Exception {
        String id = UUID.randomUUID().toString();
        publish(routed(id, "education", 1, 2, false), ReportRouted.TYPE, "/minyi/routing");
        await().atMost(WAIT).until(() -> queueIds("education", TestTokens.reviewer("education")).contains(id));
        String decide = "/api/review/reports/" + id + "/decision";
        String reviewer = TestTokens.reviewer("education");

        JsonNode beforeClaim = conflict(post(decide, reviewer, "{\"decision\": \"ADOPT\", \"grade\": \"B\"}"));
        assertThat(beforeClaim.path("currentStatus").asString()).isEqualTo("ROUTED");
        assertThat(post("/api/review/reports/" + id + "/send-to-leaders", TestTokens.office(), null).statusCode())
                .isEqualTo(409);

        assertThat(fields(post(decide, reviewer, "{\"decision\": \"MAYBE\"}"))).containsExactly("decision");
        assertThat(fields(post(decide, reviewer, "{\"decision\": \"ADOPT\"}"))).containsExactly("grade");
        assertThat(fields(post(decide, reviewer, "{\"decision\": \"ADOPT\", \"grade\": \"E\"}")))
                .containsExactly("grade");
        assertThat(fields(post(decide, reviewer, "{\"decision\": \"ADOPT\", \"grade\": \"A\", \"kind\": \"HALF\"}")))
                .containsExactly("kind");
        assertThat(fields(post(decide, reviewer, "{\"decision\": \"DECLINE\", \"comment\": \"不采用\"}")))
                .containsExactly("reason");
        assertThat(fields(post(decide, reviewer,
                "{\"decision\": \"DECLINE\", \"reason\": \"DUPLICATE\", \"kind\": \"SINGLE\"}"))).containsExactly("kind");
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
        HttpResponse<String> again = post("/api/review/reports/" + id + "/claim", reviewer, null);
        assertThat(again.statusCode()).as("the holder claiming again renews").isEqualTo(200);
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
        JsonNode item = item(id);
        assertThat(item.path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(item.path("sequence").asLong()).isEqualTo(4);
        JsonNode decide = conflict(post("/api/review/reports/" + id + "/decision",
                TestTokens.reviewer("environment"), "{\"decision\": \"ADOPT\", \"grade\": \"A\"}"));
        assertThat(decide.path("currentStatus").asString()).isEqualTo("WITHDRAWN");
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
    void itemsStoredBeforeQueuesWereRankedAreRankedAtStartAndSortWhereTheyBelong() throws Exception {
        String committee = "overseas";
        String ranked = queued(committee);
        String legacy = queued(committee);
        mongo.getCollection("review_items").updateOne(new org.bson.Document("_id", legacy),
                new org.bson.Document("$unset", new org.bson.Document("queueRank", "")));
        assertThat(queueIds(committee, TestTokens.office())).as("an unranked item sorts first").startsWith(legacy);

        assertThat(reviewItems.rankUnrankedItems()).isPositive();

        assertThat(queueIds(committee, TestTokens.office())).containsExactly(ranked, legacy);
        assertThat(reviewItems.rankUnrankedItems()).isZero();
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

    private static ReportRouted routedAt(String id, String committee, boolean urgent, Instant submittedAt) {
        return new ReportRouted(UUID.randomUUID(), id, 2, Instant.now(), "SQ-2026-000124", 1, committee,
                "domain:culture", submittedAt, content(urgent, "chengguan", List.of("m0001", "m0002")));
    }
}
