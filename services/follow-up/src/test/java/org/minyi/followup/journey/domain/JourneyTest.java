package org.minyi.followup.journey.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JourneyTest {

    private static final Instant NOW = Instant.parse("2026-03-15T08:30:00Z");
    private static final String REPORT = "r-1";

    private static Submission submittedBy(String principal, long sequence, String... authors) {
        return new Submission(UUID.randomUUID(), "SQ-2026-000123", "chengguan", List.of(authors), principal, sequence,
                NOW);
    }

    private static StatusChange change(ReportStatus status, long sequence) {
        return new StatusChange(UUID.randomUUID(), status, sequence, NOW.plusSeconds(sequence * 60), "SQ-2026-000123",
                "chengguan", "economy");
    }

    /** The one notice to the report's audience (authors, station, submitter) among those decided. */
    private static StatusNoticed toAudience(List<StatusNoticed> notices) {
        return notices.stream().filter(n -> n.kind() == NoticeKind.STATUS_CHANGED
                || n.kind() == NoticeKind.RATING_REQUESTED).reduce((a, b) -> {
                    throw new AssertionError("two notices to the audience: " + notices);
                }).orElseThrow();
    }

    @Test
    void theSubmissionTellsNobodyButEveryLaterStatusTellsTheAuthorsTheStationAndTheSubmitter() {
        Journey journey = Journey.begin(REPORT);

        assertThat(journey.learn(submittedBy("member-m0004", 1, "m0004", "m0007"), NOW)).isEmpty();
        assertThat(journey.observe(change(ReportStatus.SUBMITTED, 1), NOW)).isEmpty();
        StatusNoticed routed = toAudience(journey.observe(change(ReportStatus.ROUTED, 2), NOW));

        assertThat(routed.recipients()).containsExactly("member-m0004", "member-m0007", "station-chengguan");
        assertThat(routed.kind()).isEqualTo(NoticeKind.STATUS_CHANGED);
        assertThat(routed.status()).isEqualTo(ReportStatus.ROUTED);
        assertThat(routed.sequence()).isEqualTo(2);
        assertThat(journey.observe(change(ReportStatus.RETURNED, 4), NOW)).singleElement()
                .satisfies(n -> assertThat(n.status()).isEqualTo(ReportStatus.RETURNED));
    }

    @Test
    void aHandledReportAsksItsAuthorsToRate() {
        Journey journey = Journey.begin(REPORT);
        journey.learn(submittedBy("station-chengguan", 1, "m0004"), NOW);

        StatusNoticed handled = toAudience(journey.observe(change(ReportStatus.HANDLED, 8), NOW));

        assertThat(handled.kind()).isEqualTo(NoticeKind.RATING_REQUESTED);
        assertThat(handled.recipients()).containsExactly("member-m0004", "station-chengguan");
    }

    @Test
    void aRepeatedOrStaleAnnouncementTellsNobodyAgainAndCostsNoWrite() {
        Journey journey = Journey.begin(REPORT);
        journey.learn(submittedBy("member-m0004", 1, "m0004"), NOW);
        StatusChange adopted = change(ReportStatus.ADOPTED, 4);
        journey.observe(adopted, NOW);
        Journey stored = Journey.restore(REPORT, journey.trackingNumber(), journey.township(), journey.authors(),
                journey.submittedBy(), journey.status(), journey.sequence(), journey.milestones(),
                journey.appliedEvents(), NOW, 1);

        assertThat(stored.observe(adopted, NOW)).isEmpty();
        assertThat(stored.observe(change(ReportStatus.UNDER_REVIEW, 3), NOW)).as("stale").isEmpty();
        assertThat(stored.changed()).as("UNDER_REVIEW's time was new: it is kept").isTrue();
        Journey again = Journey.restore(REPORT, stored.trackingNumber(), stored.township(), stored.authors(),
                stored.submittedBy(), stored.status(), stored.sequence(), stored.milestones(), stored.appliedEvents(),
                NOW, 2);
        assertThat(again.observe(new StatusChange(UUID.randomUUID(), ReportStatus.UNDER_REVIEW, 3,
                NOW.plusSeconds(999), null, null, null), NOW)).isEmpty();
        assertThat(again.changed()).as("nothing new: no write").isFalse();
    }

    @Test
    void theStationHearsOfAStatusThatCameBeforeTheSubmissionAndTheAuthorsAreToldWhereItStandsWhenLearned() {
        Journey journey = Journey.begin(REPORT);

        StatusNoticed early = toAudience(journey.observe(change(ReportStatus.ROUTED, 2), NOW));
        assertThat(early.recipients()).containsExactly("station-chengguan");

        StatusNoticed catchUp = journey.learn(submittedBy("member-m0004", 1, "m0004"), NOW).orElseThrow();
        assertThat(catchUp.recipients()).containsExactly("member-m0004");
        assertThat(catchUp.status()).isEqualTo(ReportStatus.ROUTED);
        assertThat(journey.status()).isEqualTo(ReportStatus.ROUTED);
    }

    @Test
    void aRevisionWithANewCoAuthorTellsNobodyWhileTheReportIsSubmittedAgain() {
        Journey journey = Journey.begin(REPORT);
        journey.learn(submittedBy("member-m0004", 1, "m0004"), NOW);
        journey.observe(change(ReportStatus.RETURNED, 4), NOW);

        assertThat(journey.learn(submittedBy("member-m0004", 5, "m0004", "m0009"), NOW)).isEmpty();
        assertThat(journey.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(toAudience(journey.observe(change(ReportStatus.ROUTED, 6), NOW)).recipients())
                .contains("member-m0009");
    }

    @Test
    void theFirstTimeEachStatusWasEnteredIsKeptForTheStatistics() {
        Journey journey = Journey.begin(REPORT);
        journey.learn(submittedBy("member-m0004", 1, "m0004"), NOW);
        journey.observe(change(ReportStatus.ADOPTED, 4), NOW);
        journey.observe(change(ReportStatus.SUBMITTED, 6), NOW);

        assertThat(journey.milestones().get(ReportStatus.SUBMITTED)).as("the first submission").isEqualTo(NOW);
        assertThat(journey.milestones().get(ReportStatus.ADOPTED)).isEqualTo(NOW.plusSeconds(240));
    }

    @Test
    void aNoticeOfTheSameChangeHasTheSameId() {
        StatusChange routed = change(ReportStatus.ROUTED, 2);
        Journey one = Journey.begin(REPORT);
        one.learn(submittedBy(null, 1, "m0004"), NOW);
        Journey other = Journey.begin(REPORT);
        other.learn(submittedBy(null, 1, "m0004"), NOW);

        assertThat(toAudience(one.observe(routed, NOW)).eventId())
                .isEqualTo(toAudience(other.observe(routed, NOW)).eventId());
    }

    private static StatusChange routedTo(String committee, long sequence) {
        return new StatusChange(UUID.randomUUID(), ReportStatus.ROUTED, sequence, NOW.plusSeconds(sequence * 60),
                "SQ-2026-000123", "chengguan", committee);
    }

    private static List<StatusNoticed> of(List<StatusNoticed> notices, NoticeKind kind) {
        return notices.stream().filter(n -> n.kind() == kind).toList();
    }

    @Test
    void aReportRoutedToACommitteeIsNewWorkForItsReviewers() {
        Journey journey = Journey.begin(REPORT);
        journey.learn(submittedBy("member-m0004", 1, "m0004"), NOW);

        List<StatusNoticed> notices = journey.observe(routedTo("economy", 2), NOW);

        assertThat(of(notices, NoticeKind.NEW_IN_QUEUE)).singleElement().satisfies(n -> {
            assertThat(n.recipients()).containsExactly("reviewer-economy");
            assertThat(n.status()).isEqualTo(ReportStatus.ROUTED);
            assertThat(n.trackingNumber()).isEqualTo("SQ-2026-000123");
            assertThat(n.sequence()).isEqualTo(2);
        });
        assertThat(of(notices, NoticeKind.STATUS_CHANGED)).singleElement()
                .satisfies(n -> assertThat(n.recipients()).doesNotContain("reviewer-economy"));
        assertThat(notices).extracting(StatusNoticed::eventId).doesNotHaveDuplicates();
    }

    @Test
    void aReportInTheTriageQueueIsNewWorkForTheOfficeAndAReroutingForTheNewCommittee() {
        Journey journey = Journey.begin(REPORT);

        assertThat(of(journey.observe(routedTo(WorkNoticePolicy.TRIAGE_QUEUE, 2), NOW), NoticeKind.NEW_IN_QUEUE))
                .singleElement().satisfies(n -> assertThat(n.recipients()).containsExactly("office"));
        assertThat(of(journey.observe(routedTo("culture", 3), NOW), NoticeKind.NEW_IN_QUEUE))
                .singleElement().satisfies(n -> assertThat(n.recipients()).containsExactly("reviewer-culture"));
    }

    @Test
    void aStaleOrRepeatedRoutingTellsTheReviewersNothing() {
        Journey journey = Journey.begin(REPORT);
        StatusChange routed = routedTo("economy", 2);
        journey.observe(routed, NOW);
        journey.observe(change(ReportStatus.UNDER_REVIEW, 3), NOW);

        assertThat(journey.observe(routed, NOW)).isEmpty();
        assertThat(journey.observe(routedTo("economy", 2), NOW)).as("claimed already").isEmpty();
        assertThat(journey.observe(new StatusChange(UUID.randomUUID(), ReportStatus.ROUTED, 4, NOW, "SQ-2026-000123",
                "chengguan", null), NOW)).extracting(StatusNoticed::kind).doesNotContain(NoticeKind.NEW_IN_QUEUE);
    }

    @Test
    void aReportSentToLeadersTellsEachOfThemAndTheSecretariatOnce() {
        Journey journey = Journey.begin(REPORT);
        SentToLeaders sent = new SentToLeaders(UUID.randomUUID(), 7, NOW, "SQ-2026-000123", "chengguan",
                List.of("county-head", "party-secretary", "county-head"));

        List<StatusNoticed> notices = journey.sentToLeaders(sent, NOW);

        assertThat(notices).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.SENT_TO_LEADER);
            assertThat(n.recipients()).containsExactly("leader-county-head", "leader-party-secretary", "leader");
            assertThat(n.status()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
            assertThat(n.sequence()).isEqualTo(7);
        });
        assertThat(journey.trackingNumber()).isEqualTo("SQ-2026-000123");
        assertThat(journey.sentToLeaders(sent, NOW)).as("redelivered").isEmpty();
    }

    @Test
    void aReviewOverdueFlagTellsTheOfficeAndTheCommitteesReviewersOnce() {
        Journey journey = Journey.begin(REPORT);
        journey.observe(routedTo("economy", 2), NOW);
        ReviewOverdue flag = new ReviewOverdue(UUID.randomUUID(), 2, NOW.plusSeconds(86_400 * 15), "SQ-2026-000123",
                "chengguan", "economy");

        assertThat(journey.reviewOverdue(flag, NOW)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NoticeKind.REVIEW_OVERDUE);
            assertThat(n.recipients()).containsExactly("office", "reviewer-economy");
            assertThat(n.status()).isEqualTo(ReportStatus.ROUTED);
            assertThat(n.sequence()).isEqualTo(2);
        });
        assertThat(journey.reviewOverdue(flag, NOW)).as("redelivered").isEmpty();
        assertThat(journey.sequence()).as("a flag does not advance the report").isEqualTo(2);
    }

    @Test
    void aReviewOverdueFlagInTheTriageQueueTellsTheOfficeOnlyAndOneAboutAnUnknownReportStillTellsThem() {
        Journey journey = Journey.begin(REPORT);

        assertThat(journey.reviewOverdue(new ReviewOverdue(UUID.randomUUID(), 2, NOW, "SQ-2026-000123", "chengguan",
                WorkNoticePolicy.TRIAGE_QUEUE), NOW)).singleElement().satisfies(n -> {
                    assertThat(n.recipients()).containsExactly("office");
                    assertThat(n.status()).isNull();
                });
    }

    @Test
    void aReviewOverdueFlagOlderThanTheDecisionTellsNobody() {
        Journey journey = Journey.begin(REPORT);
        journey.observe(routedTo("economy", 2), NOW);
        journey.observe(change(ReportStatus.ADOPTED, 4), NOW);

        assertThat(journey.reviewOverdue(new ReviewOverdue(UUID.randomUUID(), 3, NOW, "SQ-2026-000123", "chengguan",
                "economy"), NOW)).isEmpty();
    }
}
