package org.minyi.intake;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.followup.ReportHandled;
import org.minyi.events.intake.Category;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.leadership.InstructionReleased;
import org.minyi.events.leadership.ReportContext;
import org.minyi.events.review.Grade;
import org.minyi.events.review.ReportAdopted;
import org.minyi.events.review.ReportDeclined;
import org.minyi.events.review.ReportReturned;
import org.minyi.events.review.ReportTransferred;
import org.minyi.events.review.ReportsMerged;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
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

/**
 * What the people on a report's path learn from intake, on a real Kafka broker and a MongoDB-wire server:
 * the committee's decision with its grade, reason and comment (from {@code review.review-events}, in either
 * order with {@code report-status}), the leaders' instructions (the text once released) and the units'
 * results, the transfer, the merge; who took each step, by name; the withdrawal's reason; the leaders'
 * reference list; and who may read it all (404 for reports a caller may not see, 403 for roles without it).
 * Its own consumer group, so that no other test's context takes its records.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=intake_outcome_it",
        "minyi.kafka.group=intake-outcome-it"})
@MinyiIntegrationTest
class ReportOutcomeIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Duration PATIENCE = Duration.ofSeconds(20);
    private static TopicRecorder topics;

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    MongoTemplate mongo;

    @BeforeAll
    static void record() {
        topics = TopicRecorder.of(ReportStatusTopic.NAME, "intake.dlt");
    }

    @AfterAll
    static void stop() {
        topics.close();
    }

    @Test
    void aReturnedReportShowsTheReviewersCommentWhicheverEventArrivesFirstAndEachStepNamesWhoTookIt() throws Exception {
        Submitted report = submit(TestTokens.station("chengguan"), "chengguan", List.of());
        String comment = "请补充受影响的行政村名单和群众取件的平均距离。";
        publish(new ReportReturned(UUID.randomUUID(), report.id, 4, at(4), report.tracking, "economy", comment,
                "reviewer-economy"), ReportReturned.TYPE);
        publish(status(report, ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2, "SYSTEM", "system", null));
        publish(status(report, ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 3, "REVIEWER", "reviewer-economy",
                null));
        publish(status(report, ReportStatus.RETURNED, ReportStatus.UNDER_REVIEW, 4, "REVIEWER", "reviewer-economy",
                null));

        JsonNode view = awaitReport(report.id, TestTokens.station("chengguan"),
                r -> r.path("status").asString().equals("RETURNED")
                        && r.path("review").path("comment").asString().equals(comment));
        JsonNode review = view.path("review");
        assertThat(review.path("decision").asString()).isEqualTo("RETURN");
        assertThat(review.path("comment").asString()).isEqualTo(comment);
        assertThat(review.path("committee").asString()).isEqualTo("economy");
        assertThat(review.path("committeeName").asString()).isEqualTo("经济委员会");
        assertThat(review.path("decidedAt").asString()).isEqualTo(at(4).toString());
        assertThat(review.path("grade").isNull()).isTrue();
        assertThat(view.path("outcome").isNull()).as("nothing after the committee yet").isTrue();

        JsonNode steps = timeline(report.id, TestTokens.station("chengguan")).path("steps");
        assertThat(steps).extracting(s -> s.path("actor").asString())
                .containsExactly("城关镇政协联络组社情民意信息站", "系统", "经济委员会", "经济委员会");
        assertThat(steps).extracting(s -> s.path("actorId").asString())
                .containsExactly("station-chengguan", "system", "reviewer-economy", "reviewer-economy");
        assertThat(steps.get(0).path("actorEn").asString()).isEqualTo("Chengguan Town liaison station");
        assertThat(steps.get(3).path("comment").asString()).isEqualTo(comment);
        assertThat(steps.get(2).path("comment").isNull()).as("a claim has no comment").isTrue();
    }

    @Test
    void anAdoptionCarriesItsGradeAndCommentAndADeclineItsReasonInWordsAndComment() throws Exception {
        Submitted adopted = submit(TestTokens.member("m0004"), "chengguan", List.of("m0004"));
        underReview(adopted);
        publish(status(adopted, ReportStatus.ADOPTED, ReportStatus.UNDER_REVIEW, 4, "REVIEWER", "reviewer-economy",
                null));
        publish(new ReportAdopted(UUID.randomUUID(), adopted.id, 4, at(4), adopted.tracking, "economy", Grade.A,
                Category.DAILY_LIFE, "chengguan", null, List.of("m0004"), "reviewer-economy",
                ReportAdopted.Kind.SINGLE, null, "反映及时，建议具体可行。"), ReportAdopted.TYPE);

        JsonNode review = awaitReport(adopted.id, TestTokens.member("m0004"),
                r -> r.path("status").asString().equals("ADOPTED")
                        && r.path("review").path("grade").asString().equals("A")).path("review");
        assertThat(review.path("decision").asString()).isEqualTo("ADOPT");
        assertThat(review.path("comment").asString()).isEqualTo("反映及时，建议具体可行。");
        JsonNode adoptedStep = timeline(adopted.id, TestTokens.member("m0004")).path("steps").get(3);
        assertThat(adoptedStep.path("status").asString()).isEqualTo("ADOPTED");
        assertThat(adoptedStep.path("comment").asString()).isEqualTo("反映及时，建议具体可行。");
        assertThat(timeline(adopted.id, TestTokens.member("m0004")).path("steps").get(0).path("actor").asString())
                .as("a member by name").isEqualTo("王宁");

        Submitted declined = submit(TestTokens.station("chengguan"), "chengguan", List.of());
        underReview(declined);
        publish(status(declined, ReportStatus.NOT_ADOPTED, ReportStatus.UNDER_REVIEW, 4, "REVIEWER",
                "reviewer-economy", null));
        publish(new ReportDeclined(UUID.randomUUID(), declined.id, 4, at(4), declined.tracking, "economy",
                "DUPLICATE", "与本月已采用的SQ-2026-000012反映的问题相同。", "reviewer-economy", "与已有信息内容重复",
                "Duplicates an earlier report"), ReportDeclined.TYPE);

        JsonNode decline = awaitReport(declined.id, TestTokens.station("chengguan"),
                r -> r.path("status").asString().equals("NOT_ADOPTED")
                        && r.path("review").path("reason").asString().equals("DUPLICATE")).path("review");
        assertThat(decline.path("decision").asString()).isEqualTo("DECLINE");
        assertThat(decline.path("reasonLabel").asString()).as("the reason in words, not a code")
                .isEqualTo("与已有信息内容重复");
        assertThat(decline.path("reasonLabelEn").asString()).isEqualTo("Duplicates an earlier report");
        assertThat(decline.path("comment").asString()).contains("SQ-2026-000012");
        JsonNode declinedSteps = timeline(declined.id, TestTokens.station("chengguan")).path("steps");
        JsonNode declinedStep = declinedSteps.get(3);
        assertThat(declinedStep.path("reason").asString()).isEqualTo("DUPLICATE");
        assertThat(declinedStep.path("reasonLabel").asString()).isEqualTo("与已有信息内容重复");
        assertThat(declinedStep.path("reasonLabelEn").asString()).isEqualTo("Duplicates an earlier report");
        assertThat(declinedStep.path("comment").asString()).contains("SQ-2026-000012");
        assertThat(declinedSteps.get(2).path("reasonLabel").isNull()).as("a claim has no reason").isTrue();
        assertThat(adoptedStep.path("reasonLabel").isNull()).as("an adoption has no reason").isTrue();
        assertThat(stored(declined.id).getList("decisions", Document.class)).singleElement()
                .satisfies(d -> assertThat(d.getString("reasonLabelEn")).isEqualTo("Duplicates an earlier report"));
    }

    @Test
    void aDeclineAnnouncedWithoutTheReasonsWordsStillReadsWithItsCode() throws Exception {
        Submitted declined = submit(TestTokens.station("chengguan"), "chengguan", List.of());
        underReview(declined);
        publish(new ReportDeclined(UUID.randomUUID(), declined.id, 4, at(4), declined.tracking, "economy",
                "NOT_TIMELY", null, "reviewer-economy"), ReportDeclined.TYPE);
        publish(status(declined, ReportStatus.NOT_ADOPTED, ReportStatus.UNDER_REVIEW, 4, "REVIEWER",
                "reviewer-economy", null));

        JsonNode decline = awaitReport(declined.id, TestTokens.station("chengguan"),
                r -> r.path("status").asString().equals("NOT_ADOPTED")
                        && r.path("review").path("reason").asString().equals("NOT_TIMELY")).path("review");
        assertThat(decline.path("reasonLabel").isNull()).isTrue();
        assertThat(decline.path("reasonLabelEn").isNull()).isTrue();
        assertThat(decline.path("decidedAt").asString()).isEqualTo(at(4).toString());
        JsonNode declinedStep = timeline(declined.id, TestTokens.station("chengguan")).path("steps").get(3);
        assertThat(declinedStep.path("reason").asString()).isEqualTo("NOT_TIMELY");
        assertThat(declinedStep.path("reasonLabel").isNull()).isTrue();
        assertThat(declinedStep.path("reasonLabelEn").isNull()).isTrue();
        assertThat(stored(declined.id).getList("decisions", Document.class)).singleElement()
                .satisfies(d -> assertThat(d).as("stored as decisions were before the words")
                        .doesNotContainKeys("reasonLabel", "reasonLabelEn"));
    }

    @Test
    void aDecisionRedeliveredIsTakenOnce() throws Exception {
        Submitted report = submit(TestTokens.station("chengguan"), "chengguan", List.of());
        underReview(report);
        ReportAdopted adopted = new ReportAdopted(UUID.randomUUID(), report.id, 4, at(4), report.tracking, "economy",
                Grade.B, Category.DAILY_LIFE, "chengguan", null, List.of(), "reviewer-economy",
                ReportAdopted.Kind.SINGLE, null, "可编发。");
        publish(adopted, ReportAdopted.TYPE);
        awaitReport(report.id, TestTokens.office(), r -> r.path("status").asString().equals("UNDER_REVIEW")
                && r.path("review").path("grade").asString().equals("B"));
        long version = stored(report.id).get("version", Number.class).longValue();

        publish(adopted, ReportAdopted.TYPE);
        publish(new ReportTransferred(UUID.randomUUID(), report.id, 5, at(5), "t-" + report.id, "请县交通运输局研究办理。",
                List.of(new AssignedUnit("transport", AssignedUnit.Role.LEAD, LocalDate.now().plusDays(30))),
                context(report), "office"), ReportTransferred.TYPE);

        awaitReport(report.id, TestTokens.office(), r -> !r.path("outcome").path("transferredAt").isMissingNode()
                && !r.path("outcome").path("transferredAt").isNull());
        Document stored = stored(report.id);
        assertThat(stored.get("version", Number.class).longValue()).as("the repeat wrote nothing, the transfer once")
                .isEqualTo(version + 1);
        assertThat(stored.getList("decisions", Document.class)).hasSize(1);
        assertThat(stored.getList("learned", String.class)).hasSize(2);
    }

    @Test
    void theOutcomeNamesWhoInstructedShowsTheTextOnceReleasedAndEachUnitsLatestResult() throws Exception {
        Submitted report = submit(TestTokens.member("m0004"), "chengguan", List.of("m0004"));
        underReview(report);
        publish(status(report, ReportStatus.ADOPTED, ReportStatus.UNDER_REVIEW, 4, "REVIEWER", "reviewer-economy",
                null));
        publish(status(report, ReportStatus.SENT_TO_LEADERS, ReportStatus.ADOPTED, 5, "OFFICE", "office", null));
        publish(status(report, ReportStatus.INSTRUCTED, ReportStatus.SENT_TO_LEADERS, 6, "LEADER",
                "leader-county-head", null));
        String secret = "请县交通运输局牵头，会同邮政管理部门研究解决。";
        publish(instruction(report, "i-head-" + report.id, 6, "county-head", "李明", "县长", secret,
                "leader-county-head", at(6)), InstructionIssued.TYPE);
        publish(status(report, ReportStatus.INSTRUCTED, ReportStatus.INSTRUCTED, 7, "LEADERS_OFFICE", "leader", null));
        publish(instruction(report, "i-urban-" + report.id, 7, "deputy-head-urban", "张丽", "副县长", "请城关镇配合。",
                "leader", at(7)), InstructionIssued.TYPE);

        JsonNode outcome = awaitReport(report.id, TestTokens.member("m0004"),
                r -> r.path("outcome").path("instructions").size() == 2).path("outcome");
        JsonNode head = outcome.path("instructions").get(0);
        assertThat(head.path("leader").asString()).isEqualTo("county-head");
        assertThat(head.path("leaderName").asString()).isEqualTo("李明");
        assertThat(head.path("leaderTitle").asString()).isEqualTo("县长");
        assertThat(head.path("level").asString()).isEqualTo("COUNTY");
        assertThat(head.path("instructedOn").asString()).isEqualTo("2026-03-20");
        assertThat(head.path("instructedAt").asString()).isEqualTo(at(6).toString());
        assertThat(head.path("released").asBoolean()).isFalse();
        assertThat(head.path("text").isNull()).isTrue();
        assertThat(outcome.toString()).as("an unreleased text is not even stored").doesNotContain(secret);
        assertThat(stored(report.id).toJson()).doesNotContain(secret);
        assertThat(outcome.path("instructions").get(1).path("leaderName").asString()).isEqualTo("张丽");
        JsonNode steps = await().atMost(PATIENCE).until(() -> timeline(report.id, TestTokens.member("m0004")),
                t -> t.path("steps").size() == 7).path("steps");
        assertThat(steps.get(5).path("actor").asString()).isEqualTo("县长 李明");
        assertThat(steps.get(6).path("actor").asString()).isEqualTo("领导秘书处");
        assertThat(steps.get(4).path("actor").asString()).isEqualTo("县政协办公室");

        publish(new InstructionReleased(UUID.randomUUID(), report.id, 8, at(8), "i-head-" + report.id, "county-head",
                "李明", secret, LocalDate.of(2026, 3, 20), "office"), InstructionReleased.TYPE);
        JsonNode released = awaitReport(report.id, TestTokens.member("m0004"),
                r -> r.path("outcome").path("instructions").get(0).path("released").asBoolean())
                .path("outcome").path("instructions");
        assertThat(released.get(0).path("text").asString()).isEqualTo(secret);
        assertThat(released.get(1).path("text").isNull()).as("the other instruction stays unreleased").isTrue();

        publish(handled(report, 10, at(10), ReportHandled.Result.B, ReportHandled.Result.A));
        publish(handled(report, 13, at(13), ReportHandled.Result.A, ReportHandled.Result.A));
        publish(handled(report, 10, at(10), ReportHandled.Result.C, ReportHandled.Result.C));
        JsonNode units = awaitReport(report.id, TestTokens.member("m0004"),
                r -> r.path("outcome").path("units").size() == 2
                        && r.path("outcome").path("units").get(0).path("result").asString().equals("A")
                        && stored(report.id).getList("learned", String.class).size() == 6)
                .path("outcome").path("units");
        assertThat(units).extracting(u -> u.path("result").asString()).as("the latest round, not the stale one")
                .containsExactly("A", "A");
        assertThat(units.get(0).path("unit").asString()).isEqualTo("transport");
        assertThat(units.get(0).path("unitName").asString()).isEqualTo("县交通运输局");
        assertThat(units.get(0).path("role").asString()).isEqualTo("LEAD");
        assertThat(units.get(1).path("role").asString()).isEqualTo("SUPPORT");
        assertThat(units.get(0).path("feedbackAt").asString()).isEqualTo(at(13).toString());
    }

    @Test
    void aMergedReportPointsToItsCompositeAndEventsAboutReportsNotHeldHereAreIgnored() throws Exception {
        Submitted constituent = submit(TestTokens.station("chengguan"), "chengguan", List.of());
        underReview(constituent);
        String composite = UUID.randomUUID().toString();
        publish(new ReportAdopted(UUID.randomUUID(), composite, 2, at(9), "SQ-2026-900001", "economy", Grade.A,
                Category.DAILY_LIFE, "chengguan", null, List.of(), "reviewer-economy", ReportAdopted.Kind.COMPOSITE,
                List.of(constituent.id), null), ReportAdopted.TYPE);
        publish(new ReportsMerged(UUID.randomUUID(), composite, 2, at(9), "SQ-2026-900001", "economy",
                "关于农村寄递物流的综合建议", Category.DAILY_LIFE, "chengguan",
                List.of(new ReportsMerged.Constituent(constituent.id, constituent.tracking, List.of()),
                        new ReportsMerged.Constituent(UUID.randomUUID().toString(), "SQ-2026-900002", List.of())),
                List.of(), "reviewer-economy"), ReportsMerged.TYPE);
        publish(new ReportStatusChanged(UUID.randomUUID(), constituent.id, constituent.tracking, ReportStatus.MERGED,
                ReportStatus.UNDER_REVIEW, 4, at(4), "chengguan", "economy", Category.DAILY_LIFE, "REVIEWER",
                composite, "reviewer-economy"), ReportStatusChanged.TYPE);

        JsonNode review = awaitReport(constituent.id, TestTokens.station("chengguan"),
                r -> r.path("status").asString().equals("MERGED")
                        && r.path("review").path("mergedIntoTrackingNumber").asString().equals("SQ-2026-900001"))
                .path("review");
        assertThat(review.path("decision").asString()).isEqualTo("MERGE");
        assertThat(review.path("mergedInto").asString()).isEqualTo(composite);
        assertThat(review.path("mergedIntoTrackingNumber").asString()).isEqualTo("SQ-2026-900001");
        assertThat(get("/api/reports/" + composite, TestTokens.office()).statusCode()).isEqualTo(404);
        assertThat(topics.withKey(composite)).as("the composite's adoption, before its merge in the same partition, "
                + "was skipped: no dead letter for a report intake does not hold")
                .noneMatch(r -> r.topic().equals("intake.dlt"));
    }

    @Test
    void aWithdrawalCarriesItsReasonAndIntakesOwnStepsNameTheirActorOnReportStatus() throws Exception {
        Submitted report = submit(TestTokens.member("m0004"), "chengguan", List.of("m0004"));

        HttpResponse<String> withdrawn = post("/api/reports/" + report.id + "/withdraw", TestTokens.member("m0004"),
                "{\"reason\": \"  问题已由镇政府协调解决，\\n不再需要反映。 \"}");

        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        JsonNode step = timeline(report.id, TestTokens.station("chengguan")).path("steps").get(1);
        assertThat(step.path("status").asString()).isEqualTo("WITHDRAWN");
        assertThat(step.path("reason").asString()).isEqualTo("问题已由镇政府协调解决，\n不再需要反映。");
        assertThat(step.path("reasonLabel").isNull()).as("the author's own words, no listed reason").isTrue();
        assertThat(step.path("actor").asString()).isEqualTo("王宁");
        assertThat(step.path("actorId").asString()).isEqualTo("member-m0004");
        await().atMost(PATIENCE).until(() -> topics.withKey(report.id).stream()
                .filter(r -> r.topic().equals(ReportStatusTopic.NAME)).count() == 2);
        List<JsonNode> announced = topics.withKey(report.id).stream()
                .filter(r -> r.topic().equals(ReportStatusTopic.NAME)).map(r -> JSON.readTree(r.value())).toList();
        assertThat(announced).extracting(s -> s.path("status").asString()).containsExactly("SUBMITTED", "WITHDRAWN");
        assertThat(announced).extracting(s -> s.path("actor").asString()).containsOnly("member-m0004");
        assertThat(announced.get(1).toString()).as("codes only on the public topic").doesNotContain("镇政府");
    }

    @Test
    void aWithdrawalWithABadReasonIsRefusedByFieldAndChangesNothing() throws Exception {
        Submitted report = submit(TestTokens.station("chengguan"), "chengguan", List.of());
        String path = "/api/reports/" + report.id + "/withdraw";
        String station = TestTokens.station("chengguan");

        assertThat(problems(post(path, station, "{\"reason\": \"" + "撤".repeat(501) + "\"}")))
                .containsExactly("reason:too_long");
        assertThat(problems(post(path, station, "{\"reason\": 5}"))).containsExactly("reason:wrong_type");
        assertThat(problems(post(path, station, "{\"reason\": \"不再需要\", \"status\": \"WITHDRAWN\"}")))
                .containsExactly("status:unknown_field");
        assertThat(problems(post(path, station, "{\"reason\": {\"$gt\": \"\"}}"))).containsExactly("reason:operator");
        assertThat(problems(post(path, station, "{\"reason\": \"不再\\u0000需要\"}"))).containsExactly("reason:bad_text");
        assertThat(problems(post(path, station, "[]"))).containsExactly("body:wrong_type");

        assertThat(JSON.readTree(get("/api/reports/" + report.id, station).body()).path("status").asString())
                .isEqualTo("SUBMITTED");
        HttpResponse<String> atTheLimit = post(path, station, "{\"reason\": \"" + "撤".repeat(500) + "\"}");
        assertThat(atTheLimit.statusCode()).as(atTheLimit.body()).isEqualTo(200);
    }

    @Test
    void onlyThoseWhoMaySeeTheReportReadItsReviewAndOutcome() throws Exception {
        Submitted report = submit(TestTokens.member("m0004"), "chengguan", List.of("m0004"));
        underReview(report);
        publish(new ReportReturned(UUID.randomUUID(), report.id, 4, at(4), report.tracking, "economy", "请补充。",
                "reviewer-economy"), ReportReturned.TYPE);
        awaitReport(report.id, TestTokens.office(), r -> r.path("review").path("comment").asString().equals("请补充。"));

        for (String allowed : List.of(TestTokens.member("m0004"), TestTokens.station("chengguan"), TestTokens.office(),
                TestTokens.reviewer("economy"))) {
            HttpResponse<String> answer = get("/api/reports/" + report.id, allowed);
            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(JSON.readTree(answer.body()).path("review").path("comment").asString()).isEqualTo("请补充。");
            assertThat(get("/api/reports/" + report.id + "/timeline", allowed).statusCode()).isEqualTo(200);
        }
        for (String other : List.of(TestTokens.member("m0005"), TestTokens.station("xishan"),
                TestTokens.reviewer("agriculture"))) {
            assertThat(get("/api/reports/" + report.id, other).statusCode()).isEqualTo(404);
            assertThat(get("/api/reports/" + report.id + "/timeline", other).statusCode()).isEqualTo(404);
        }
        for (String role : List.of(TestTokens.leader("county-head"), TestTokens.leadersOffice(),
                TestTokens.unit("transport"), TestTokens.viewer())) {
            assertThat(get("/api/reports/" + report.id, role).statusCode()).isEqualTo(403);
            assertThat(post("/api/reports/" + report.id + "/withdraw", role, "").statusCode()).isEqualTo(403);
        }
        assertThat(get("/api/reports/" + report.id, null).statusCode()).isEqualTo(401);
    }

    @Test
    void theLeadersAreAReferenceListForEveryoneSignedIn() throws Exception {
        for (String token : List.of(TestTokens.leader("county-head"), TestTokens.leadersOffice(), TestTokens.office(),
                TestTokens.viewer())) {
            HttpResponse<String> answer = get("/api/reference/leaders", token);
            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode leaders = JSON.readTree(answer.body());
            assertThat(leaders.path("total").asInt()).isEqualTo(9);
            JsonNode head = leaders.path("items").get(1);
            assertThat(head.path("code").asString()).isEqualTo("county-head");
            assertThat(head.path("name").asString()).isEqualTo("李明");
            assertThat(head.path("title").asString()).isEqualTo("县长");
            assertThat(head.path("nameEn").asString()).isEqualTo("Li Ming");
            assertThat(head.path("titleEn").asString()).isEqualTo("County Head");
            assertThat(head.path("level").asString()).isEqualTo("COUNTY");
        }
        JsonNode page = JSON.readTree(get("/api/reference/leaders?page=1&size=5", TestTokens.viewer()).body());
        assertThat(page.path("items")).extracting(l -> l.path("code").asString()).last().isEqualTo("city-mayor");
        assertThat(get("/api/reference/leaders", null).statusCode()).isEqualTo(401);
    }

    private void underReview(Submitted report) throws Exception {
        publish(status(report, ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2, "SYSTEM", "system", null));
        publish(status(report, ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 3, "REVIEWER", "reviewer-economy",
                null));
    }

    private static ReportStatusChanged status(Submitted report, ReportStatus status, ReportStatus previous,
                                              long sequence, String role, String actor, String mergedInto) {
        return new ReportStatusChanged(UUID.randomUUID(), report.id, report.tracking, status, previous, sequence,
                at(sequence), "chengguan", "economy", Category.DAILY_LIFE, role, mergedInto, actor);
    }

    private static InstructionIssued instruction(Submitted report, String instructionId, long sequence, String leader,
                                                 String name, String title, String text, String recordedBy,
                                                 Instant at) {
        return new InstructionIssued(UUID.randomUUID(), report.id, sequence, at, instructionId, leader,
                InstructionIssued.Level.COUNTY, text,
                List.of(new AssignedUnit("transport", AssignedUnit.Role.LEAD, LocalDate.now().plusDays(30))),
                context(report), name, title, LocalDate.of(2026, 3, 20), recordedBy);
    }

    private static ReportHandled handled(Submitted report, long sequence, Instant at, ReportHandled.Result lead,
                                         ReportHandled.Result support) {
        return new ReportHandled(UUID.randomUUID(), report.id, sequence, at, report.tracking, List.of(
                new ReportHandled.UnitFeedback("transport", AssignedUnit.Role.LEAD, lead, at),
                new ReportHandled.UnitFeedback("gov-chengguan", AssignedUnit.Role.SUPPORT, support, at)));
    }

    private static ReportContext context(Submitted report) {
        return new ReportContext(report.tracking, "关于农村寄递物流“最后一公里”的建议", Category.DAILY_LIFE, "chengguan",
                "economy", List.of(), false, "部分行政村快递无法直接送达，群众需到镇上取件。", null,
                "建议整合邮政、供销与快递资源，建设村级综合服务站。");
    }

    /** A fixed day, one second per sequence step, so that the answers can be compared exactly. */
    private static Instant at(long sequence) {
        return Instant.parse("2026-03-16T02:00:00Z").plus(sequence, ChronoUnit.SECONDS);
    }

    private void publish(ReportStatusChanged status) throws Exception {
        publish(status, ReportStatusChanged.TYPE);
    }

    private void publish(ReportHandled handled) throws Exception {
        publish(handled, ReportHandled.TYPE);
    }

    private void publish(ReportEvent event, EventType<?> type) throws Exception {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(type.topic(), event.reportId(),
                EventJson.write(event));
        EventEnvelope.of(event, type, URI.create("/minyi/test"), "outcome-it", null).toHeaders()
                .forEach((name, value) -> record.headers().add(new RecordHeader(name, value)));
        kafka.send(record).get();
    }

    private Submitted submit(String token, String township, List<String> authors) throws Exception {
        String body = IntakeIT.report(township).replace("\"authors\": []",
                "\"authors\": " + JSON.writeValueAsString(authors));
        HttpResponse<String> answer = post("/api/reports", token, body);
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(201);
        JsonNode accepted = JSON.readTree(answer.body());
        return new Submitted(accepted.path("id").asString(), accepted.path("trackingNumber").asString());
    }

    private record Submitted(String id, String tracking) {
    }

    private JsonNode awaitReport(String id, String token, Predicate<JsonNode> until) {
        return await().atMost(PATIENCE).ignoreExceptions()
                .until(() -> JSON.readTree(get("/api/reports/" + id, token).body()), until);
    }

    private JsonNode timeline(String id, String token) throws Exception {
        HttpResponse<String> answer = get("/api/reports/" + id + "/timeline", token);
        assertThat(answer.statusCode()).isEqualTo(200);
        return JSON.readTree(answer.body());
    }

    private Document stored(String id) {
        return mongo.findById(id, Document.class, "reports");
    }

    private static List<String> problems(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(400);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        return JSON.readTree(answer.body()).path("errors").valueStream()
                .map(e -> e.path("field").asString() + ":" + e.path("code").asString()).toList();
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
