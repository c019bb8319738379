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
                "chengguan");
    }

    @Test
    void theSubmissionTellsNobodyButEveryLaterStatusTellsTheAuthorsTheStationAndTheSubmitter() {
        Journey journey = Journey.begin(REPORT);

        assertThat(journey.learn(submittedBy("member-m0004", 1, "m0004", "m0007"), NOW)).isEmpty();
        assertThat(journey.observe(change(ReportStatus.SUBMITTED, 1), NOW)).isEmpty();
        StatusNoticed routed = journey.observe(change(ReportStatus.ROUTED, 2), NOW).orElseThrow();

        assertThat(routed.recipients()).containsExactly("member-m0004", "member-m0007", "station-chengguan");
        assertThat(routed.kind()).isEqualTo(NoticeKind.STATUS_CHANGED);
        assertThat(routed.status()).isEqualTo(ReportStatus.ROUTED);
        assertThat(routed.sequence()).isEqualTo(2);
        assertThat(journey.observe(change(ReportStatus.RETURNED, 4), NOW)).get()
                .satisfies(n -> assertThat(n.status()).isEqualTo(ReportStatus.RETURNED));
    }

    @Test
    void aHandledReportAsksItsAuthorsToRate() {
        Journey journey = Journey.begin(REPORT);
        journey.learn(submittedBy("station-chengguan", 1, "m0004"), NOW);

        StatusNoticed handled = journey.observe(change(ReportStatus.HANDLED, 8), NOW).orElseThrow();

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
                NOW.plusSeconds(999), null, null), NOW)).isEmpty();
        assertThat(again.changed()).as("nothing new: no write").isFalse();
    }

    @Test
    void theStationHearsOfAStatusThatCameBeforeTheSubmissionAndTheAuthorsAreToldWhereItStandsWhenLearned() {
        Journey journey = Journey.begin(REPORT);

        StatusNoticed early = journey.observe(change(ReportStatus.ROUTED, 2), NOW).orElseThrow();
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
        assertThat(journey.observe(change(ReportStatus.ROUTED, 6), NOW).orElseThrow().recipients())
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

        assertThat(one.observe(routed, NOW).orElseThrow().eventId())
                .isEqualTo(other.observe(routed, NOW).orElseThrow().eventId());
    }
}
