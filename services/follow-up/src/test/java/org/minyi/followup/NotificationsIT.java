package org.minyi.followup;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.ReportSubmitted;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What concerns authors, stations and units reaches their own in-app feeds, and the delivery channels
 * deliver it — a failing channel is retried without holding anything up.
 */
class NotificationsIT extends IntegrationSupport {

    @Autowired
    FlakyChannel sms;

    @Test
    void authorsAndTheStationHearOfEveryStatusOfTheirReportInTheirOwnFeeds() throws Exception {
        String id = UUID.randomUUID().toString();
        String tracking = "SQ-2026-" + String.format("%06d", (int) (Math.random() * 999_999) + 1);
        announce(submitted(id, tracking), ReportSubmitted.TYPE, "/minyi/intake");
        announce(status(id, tracking, ReportStatus.SUBMITTED, null, 1), ReportStatusChanged.TYPE, "/minyi/intake");
        ReportStatusChanged routed = status(id, tracking, ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2);
        announce(routed, ReportStatusChanged.TYPE, "/minyi/routing");
        announce(routed, ReportStatusChanged.TYPE, "/minyi/routing");
        announce(status(id, tracking, ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 3), ReportStatusChanged.TYPE,
                "/minyi/committee-review");
        announce(status(id, tracking, ReportStatus.RETURNED, ReportStatus.UNDER_REVIEW, 4), ReportStatusChanged.TYPE,
                "/minyi/committee-review");

        await().atMost(WAIT).untilAsserted(() -> assertThat(feedOf(TestTokens.member("m0004"), id))
                .extracting(n -> n.path("status").asString()).containsExactly("RETURNED", "UNDER_REVIEW", "ROUTED"));
        List<JsonNode> feed = feedOf(TestTokens.member("m0004"), id);
        assertThat(feed).allSatisfy(n -> {
            assertThat(n.path("kind").asString()).isEqualTo("STATUS_CHANGED");
            assertThat(n.path("trackingNumber").asString()).isEqualTo(tracking);
            assertThat(n.path("read").asBoolean()).isFalse();
        });
        assertThat(feed.get(0).path("message").asString()).contains(tracking).contains("退回修改");
        assertThat(feed.get(0).path("messageEn").asString()).contains("returned for revision");
        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(feedOf(TestTokens.member("m0007"), id)).as("the co-author").hasSize(3);
            assertThat(feedOf(TestTokens.station("xishan"), id)).as("the township's station").hasSize(3);
        });
        assertThat(feedOf(TestTokens.member("m0099"), id)).as("somebody else's report").isEmpty();
        assertThat(feedOf(TestTokens.station("chengguan"), id)).isEmpty();
        assertThat(notifications(id, "STATUS_CHANGED")).as("once each, though ROUTED came twice").hasSize(3);

        // reading marks only the reader's own notice
        String noticeId = feed.get(0).path("id").asString();
        assertThat(post("/api/notifications/" + noticeId + "/read", TestTokens.member("m0004"), "").statusCode())
                .isEqualTo(200);
        assertThat(feedOf(TestTokens.member("m0004"), id).get(0).path("read").asBoolean()).isTrue();
        assertThat(feedOf(TestTokens.member("m0007"), id).get(0).path("read").asBoolean()).isFalse();
        assertThat(post("/api/notifications/" + noticeId + "/read", TestTokens.member("m0099"), "").statusCode())
                .isEqualTo(404);
        JsonNode unread = json(get("/api/notifications?unread=true&size=100", TestTokens.member("m0004")));
        assertThat(unread.path("items").valueStream().map(n -> n.path("id").asString())).doesNotContain(noticeId);
        assertThat(json(post("/api/notifications/read-all", TestTokens.station("xishan"), "")).path("marked").asLong())
                .isGreaterThanOrEqualTo(3);
        assertThat(json(get("/api/notifications", TestTokens.station("xishan"))).path("unread").asLong()).isZero();
        assertThat(get("/api/notifications", null).statusCode()).isEqualTo(401);
        assertThat(json(get("/api/notifications?size=1000", TestTokens.viewer())).path("size").asInt()).isEqualTo(100);
    }

    @Test
    void aCallerReadsOnlyItsOwnFeedWhateverItsTokenIsCalled() throws Exception {
        String id = UUID.randomUUID().toString();
        announce(submitted(id, "SQ-2026-000555"), ReportSubmitted.TYPE, "/minyi/intake");
        announce(status(id, "SQ-2026-000555", ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2),
                ReportStatusChanged.TYPE, "/minyi/routing");
        await().atMost(WAIT).until(() -> feedOf(TestTokens.member("m0004"), id).size() == 1);
        String noticeId = feedOf(TestTokens.member("m0004"), id).get(0).path("id").asString();

        // named like the author, but a member without its member claim: no feed at all
        String unclaimed = TestTokens.token("member-m0004", "MEMBER", Map.of());
        // named like the author, but a unit: the unit's feed
        String unitNamedLikeAMember = TestTokens.token("member-m0004", "UNIT", Map.of("unit", "finance"));
        for (String other : List.of(unclaimed, unitNamedLikeAMember, TestTokens.office(), TestTokens.viewer(),
                TestTokens.reviewer("economy"), TestTokens.leader("county-head"), TestTokens.leadersOffice(),
                TestTokens.station("chengguan"))) {
            // the committee's reviewers hear of the new item in their queue (their own notice), nobody of the author's
            List<JsonNode> seen = feedOf(other, id);
            assertThat(seen).extracting(n -> n.path("id").asString()).doesNotContain(noticeId);
            assertThat(seen).extracting(n -> n.path("kind").asString()).allMatch("NEW_IN_QUEUE"::equals);
            assertThat(post("/api/notifications/" + noticeId + "/read", other, "").statusCode()).isEqualTo(404);
            post("/api/notifications/read-all", other, "");
        }
        assertThat(json(get("/api/notifications", unclaimed)).path("total").asLong()).isZero();
        assertThat(json(post("/api/notifications/read-all", unclaimed, "")).path("marked").asLong()).isZero();
        assertThat(feedOf(TestTokens.member("m0004"), id).get(0).path("read").asBoolean())
                .as("nobody else marked the author's notice").isFalse();
    }

    @Test
    void unitsHearOfTheirTasksAndAuthorsAreAskedToRateOnceEveryUnitFedBack() throws Exception {
        String id = UUID.randomUUID().toString();
        announce(submitted(id, "SQ-2026-000123"), ReportSubmitted.TYPE, "/minyi/intake");
        announce(instruction(id, 6, List.of(new AssignedUnit("housing-construction", AssignedUnit.Role.LEAD,
                daysFromToday(30)))), InstructionIssued.TYPE);

        await().atMost(WAIT).untilAsserted(() -> assertThat(feedOf(TestTokens.unit("housing-construction"), id))
                .extracting(n -> n.path("kind").asString()).containsExactly("TASK_ASSIGNED"));
        await().atMost(WAIT).untilAsserted(() -> assertThat(feedOf(TestTokens.member("m0004"), id))
                .extracting(n -> n.path("status").asString()).contains("IN_HANDLING"));
        assertThat(post("/api/handling/tasks/" + taskId(id, "housing-construction") + "/feedback",
                TestTokens.unit("housing-construction"), "{\"result\": \"A\", \"text\": \"已完成\"}").statusCode())
                .isEqualTo(200);

        await().atMost(WAIT).untilAsserted(() -> assertThat(feedOf(TestTokens.member("m0004"), id))
                .anySatisfy(n -> {
                    assertThat(n.path("kind").asString()).isEqualTo("RATING_REQUESTED");
                    assertThat(n.path("status").asString()).isEqualTo("HANDLED");
                    assertThat(n.path("message").asString()).contains("请评价");
                }));
        assertThat(feedOf(TestTokens.unit("finance"), id)).isEmpty();
    }

    @Test
    void aFailingChannelIsRetriedUntilItDeliversAndHoldsNothingUp() throws Exception {
        String id = UUID.randomUUID().toString();
        announce(submitted(id, "SQ-2026-000321"), ReportSubmitted.TYPE, "/minyi/intake");
        announce(status(id, "SQ-2026-000321", ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2),
                ReportStatusChanged.TYPE, "/minyi/routing");

        // the feed has it at once, whatever the channel does
        await().atMost(WAIT).until(() -> feedOf(TestTokens.member("m0004"), id).size() == 1);
        // the flaky SMS gateway fails twice, then delivers; the log channel delivered at the first attempt
        await().atMost(WAIT).untilAsserted(() -> assertThat(sms.delivered)
                .anySatisfy(n -> {
                    assertThat(n.reportId()).isEqualTo(id);
                    assertThat(n.recipient()).isEqualTo("member-m0004");
                }));
        Document stored = mongo.findOne(org.springframework.data.mongodb.core.query.Query.query(
                org.springframework.data.mongodb.core.query.Criteria.where("reportId").is(id)
                        .and("recipient").is("member-m0004")), Document.class, "notifications");
        List<Document> deliveries = stored.getList("deliveries", Document.class);
        assertThat(deliveries).anySatisfy(d -> {
            assertThat(d.getString("channel")).isEqualTo("sms");
            assertThat(d.getInteger("attempts")).isEqualTo(FlakyChannel.FAILURES_EACH + 1);
            assertThat(d.get("deliveredAt")).isNotNull();
        });
        assertThat(deliveries).anySatisfy(d -> {
            assertThat(d.getString("channel")).isEqualTo("log");
            assertThat(d.getInteger("attempts")).isEqualTo(1);
        });
    }

    private List<JsonNode> feedOf(String token, String reportId) throws Exception {
        HttpResponse<String> answer = get("/api/notifications?size=100", token);
        assertThat(answer.statusCode()).isEqualTo(200);
        return elements(json(answer).path("items")).stream()
                .filter(n -> n.path("reportId").asString().equals(reportId)).toList();
    }

    private static ReportSubmitted submitted(String id, String tracking) {
        SubmittedReport report = new SubmittedReport("关于西山乡公交班次过少的建议", Category.DAILY_LIFE, "transport",
                "西山乡至县城每天仅两班公交……", null, "建议增开班次……", "xishan", null, List.of("m0004", "m0007"), null,
                null, false, null);
        return new ReportSubmitted(UUID.randomUUID(), id, 1, Instant.now(), tracking, 1, "member-m0004", report);
    }

    private static ReportStatusChanged status(String id, String tracking, ReportStatus status, ReportStatus previous,
                                              long sequence) {
        return new ReportStatusChanged(UUID.randomUUID(), id, tracking, status, previous, sequence,
                Instant.now().plusMillis(sequence), "xishan", "economy", Category.DAILY_LIFE, "SYSTEM");
    }
}
