package org.minyi.followup;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.leadership.AssignedUnit;
import org.minyi.events.leadership.InstructionIssued;
import org.minyi.events.review.Grade;
import org.minyi.events.review.ReportSentToLeaders;
import org.minyi.events.status.ReportFlagged;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.testing.TestTokens;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The people who are to act hear of new work in their own feeds: a committee's reviewers of a report in
 * their queue (the office of its triage queue), each leader of a report sent to them and the secretariat of
 * every one, the office and the reviewers of a report past its review time limit, units of 督办.
 */
class WorkNoticesIT extends IntegrationSupport {

    private static final String ROUTING = "/minyi/routing";
    private static final String REVIEW = "/minyi/committee-review";
    /** Every leader of the reference seed. */
    private static final List<String> EVERY_LEADER = List.of("party-secretary", "county-head", "congress-director",
            "cppcc-chair", "executive-deputy-head", "deputy-head-urban", "deputy-head-rural", "deputy-head-social",
            "city-mayor");

    private static String tracking() {
        return "SQ-2026-" + String.format("%06d", (int) (Math.random() * 999_999) + 1);
    }

    private static ReportStatusChanged routed(String id, String tracking, String committee, long sequence) {
        return new ReportStatusChanged(UUID.randomUUID(), id, tracking, ReportStatus.ROUTED, ReportStatus.SUBMITTED,
                sequence, Instant.now(), "xishan", committee, Category.DAILY_LIFE, "SYSTEM", null, "system");
    }

    private static ReportSentToLeaders sent(String id, String tracking, List<String> leaders) {
        SubmittedReport report = new SubmittedReport("关于西山乡公交班次过少的建议", Category.DAILY_LIFE, "transport",
                "西山乡至县城每天仅两班公交……", null, "建议增开班次……", "xishan", null, List.of("m0004"), null, null,
                false, null);
        return new ReportSentToLeaders(UUID.randomUUID(), id, 6, Instant.now(), tracking, "economy", Grade.A, null,
                Instant.now(), report, leaders, "office");
    }

    @Test
    void aCommitteesReviewersHearOfANewItemInTheirQueueAndTheOfficeOfOneInItsTriageQueue() throws Exception {
        String id = UUID.randomUUID().toString();
        String tracking = tracking();
        announce(routed(id, tracking, "economy", 2), ReportStatusChanged.TYPE, ROUTING);

        await().atMost(WAIT).untilAsserted(() -> assertThat(feedOf(TestTokens.reviewer("economy"), id))
                .singleElement().satisfies(n -> {
                    assertThat(n.path("kind").asString()).isEqualTo("NEW_IN_QUEUE");
                    assertThat(n.path("status").asString()).isEqualTo("ROUTED");
                    assertThat(n.path("trackingNumber").asString()).isEqualTo(tracking);
                    assertThat(n.path("message").asString()).contains(tracking).contains("待审核");
                    assertThat(n.path("messageEn").asString()).contains("review queue");
                }));
        assertThat(feedOf(TestTokens.reviewer("culture"), id)).isEmpty();
        assertThat(feedOf(TestTokens.office(), id)).isEmpty();

        String triaged = UUID.randomUUID().toString();
        announce(routed(triaged, tracking(), "OFFICE", 2), ReportStatusChanged.TYPE, ROUTING);
        await().atMost(WAIT).untilAsserted(() -> assertThat(feedOf(TestTokens.office(), triaged))
                .extracting(n -> n.path("kind").asString()).containsExactly("NEW_IN_QUEUE"));
        assertThat(notifications(triaged, "NEW_IN_QUEUE")).singleElement()
                .satisfies(n -> assertThat(n.path("recipients").toString()).isEqualTo("[\"office\"]"));
    }

    @Test
    void eachLeaderAReportWasSentToAndTheSecretariatHearOfItAndNoOtherLeader() throws Exception {
        String id = UUID.randomUUID().toString();
        String tracking = tracking();
        ReportSentToLeaders toTheCountyHead = sent(id, tracking, List.of("county-head"));
        announce(toTheCountyHead, ReportSentToLeaders.TYPE, REVIEW);
        announce(toTheCountyHead, ReportSentToLeaders.TYPE, REVIEW);

        await().atMost(WAIT).untilAsserted(() -> assertThat(feedOf(TestTokens.leader("county-head"), id))
                .singleElement().satisfies(n -> {
                    assertThat(n.path("kind").asString()).isEqualTo("SENT_TO_LEADER");
                    assertThat(n.path("status").asString()).isEqualTo("SENT_TO_LEADERS");
                    assertThat(n.path("message").asString()).contains(tracking).contains("领导");
                }));
        await().atMost(WAIT).untilAsserted(() -> assertThat(feedOf(TestTokens.leadersOffice(), id))
                .extracting(n -> n.path("kind").asString()).containsExactly("SENT_TO_LEADER"));
        assertThat(feedOf(TestTokens.leader("party-secretary"), id)).isEmpty();
        assertThat(notifications(id, "SENT_TO_LEADER")).as("once, though sent twice").hasSize(1);

        // a sending from before leaders were named went to every leader
        String old = UUID.randomUUID().toString();
        announce(sent(old, tracking(), null), ReportSentToLeaders.TYPE, REVIEW);
        await().atMost(WAIT).until(() -> notifications(old, "SENT_TO_LEADER").size() == 1);
        List<String> recipients = elements(notifications(old, "SENT_TO_LEADER").get(0).path("recipients")).stream()
                .map(JsonNode::asString).toList();
        assertThat(recipients).containsAll(EVERY_LEADER.stream().map(code -> "leader-" + code).toList())
                .contains("leader").hasSize(EVERY_LEADER.size() + 1);
        await().atMost(WAIT).until(() -> feedOf(TestTokens.leader("city-mayor"), old).size() == 1);
    }

    @Test
    void aReportPastItsReviewTimeLimitTellsTheOfficeAndTheCommitteesReviewersOnce() throws Exception {
        String id = UUID.randomUUID().toString();
        String tracking = tracking();
        announce(routed(id, tracking, "agriculture", 2), ReportStatusChanged.TYPE, ROUTING);
        await().atMost(WAIT).until(() -> feedOf(TestTokens.reviewer("agriculture"), id).size() == 1);
        ReportFlagged overdue = new ReportFlagged(UUID.randomUUID(), id, tracking, ReportFlagged.Flag.REVIEW_OVERDUE, 2,
                Instant.now(), "xishan", "agriculture", Category.DAILY_LIFE, "SYSTEM", null, null, null, "system");

        announce(overdue, ReportFlagged.TYPE, REVIEW);
        announce(overdue, ReportFlagged.TYPE, REVIEW);

        await().atMost(WAIT).untilAsserted(() -> assertThat(feedOf(TestTokens.office(), id)).singleElement()
                .satisfies(n -> {
                    assertThat(n.path("kind").asString()).isEqualTo("REVIEW_OVERDUE");
                    assertThat(n.path("message").asString()).contains("审核时限");
                }));
        await().atMost(WAIT).untilAsserted(() -> assertThat(feedOf(TestTokens.reviewer("agriculture"), id))
                .extracting(n -> n.path("kind").asString()).containsExactly("REVIEW_OVERDUE", "NEW_IN_QUEUE"));
        assertThat(notifications(id, "REVIEW_OVERDUE")).hasSize(1);
    }

    @Test
    void aUnitHearsOfItsTaskAndOfTheOfficesUrgingInItsOwnFeed() throws Exception {
        String id = UUID.randomUUID().toString();
        announce(instruction(id, 6, List.of(new AssignedUnit("civil-affairs", AssignedUnit.Role.LEAD,
                daysFromToday(30)))), InstructionIssued.TYPE);
        statusEvent(id, "IN_HANDLING");

        assertThat(post("/api/handling/reports/" + id + "/urge", TestTokens.office(),
                "{\"unit\": \"civil-affairs\", \"comment\": \"请加快进度\"}").statusCode()).isEqualTo(200);

        await().atMost(WAIT).untilAsserted(() -> assertThat(feedOf(TestTokens.unit("civil-affairs"), id))
                .extracting(n -> n.path("kind").asString()).containsExactly("TASK_URGED", "TASK_ASSIGNED"));
        assertThat(feedOf(TestTokens.unit("civil-affairs"), id).get(0).path("message").asString()).contains("催办");
    }

    private List<JsonNode> feedOf(String token, String reportId) throws Exception {
        HttpResponse<String> answer = get("/api/notifications?size=100", token);
        assertThat(answer.statusCode()).isEqualTo(200);
        return elements(json(answer).path("items")).stream()
                .filter(n -> n.path("reportId").asString().equals(reportId)).toList();
    }
}
