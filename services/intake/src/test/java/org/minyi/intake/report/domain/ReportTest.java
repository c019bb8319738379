package org.minyi.intake.report.domain;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minyi.intake.report.domain.ReportFixture.NOW;
import static org.minyi.intake.report.domain.ReportFixture.announced;
import static org.minyi.intake.report.domain.ReportFixture.content;
import static org.minyi.intake.report.domain.ReportFixture.submittedBy;

class ReportTest {

    @Nested
    class Submitting {

        @Test
        void aStationSubmitsForItsOwnTownshipAndTheReportStartsItsLifeAtSequenceOne() {
            Report.Submission submission = Report.submit(ReportId.random(), TrackingNumber.of(2026, 123),
                    content("chengguan"), Actor.station("chengguan"), null, NOW, Assessment.NONE);

            assertThat(submission.report().status()).isEqualTo(ReportStatus.SUBMITTED);
            assertThat(submission.report().sequence()).isEqualTo(1);
            assertThat(submission.submitted().sequence()).isEqualTo(1);
            assertThat(submission.submitted().previousStatus()).isNull();
            assertThat(submission.report().timeline()).singleElement()
                    .satisfies(step -> assertThat(step.actorRole()).isEqualTo(Role.STATION));
        }

        @Test
        void aStationCannotSubmitForAnotherTownship() {
            assertThatThrownBy(() -> Report.submit(ReportId.random(), TrackingNumber.of(2026, 1), content("xishan"),
                    Actor.station("chengguan"), null, NOW, Assessment.NONE)).isInstanceOf(SubmissionRefused.class);
        }

        @Test
        void aMemberSubmitsOnlyAsOneOfTheAuthors() {
            assertThat(Report.submit(ReportId.random(), TrackingNumber.of(2026, 1), content("xishan", "m0001", "m0002"),
                    Actor.member("m0002"), null, NOW, Assessment.NONE).report().content().authors()).containsExactly("m0001", "m0002");
            assertThatThrownBy(() -> Report.submit(ReportId.random(), TrackingNumber.of(2026, 1),
                    content("xishan", "m0001"), Actor.member("m0009"), null, NOW, Assessment.NONE))
                    .isInstanceOf(SubmissionRefused.class);
        }

        @Test
        void theOfficeDoesNotSubmit() {
            assertThatThrownBy(() -> Report.submit(ReportId.random(), TrackingNumber.of(2026, 1), content("xishan"),
                    Actor.office(), null, NOW, Assessment.NONE)).isInstanceOf(SubmissionRefused.class);
        }
    }

    @Nested
    class FollowingTheLife {

        @Test
        void aNewerAnnouncementMovesTheStatusAndJoinsTheTimeline() {
            Report report = submittedBy(Actor.station("chengguan"), "chengguan");

            assertThat(report.observe(announced(ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2))).isTrue();

            assertThat(report.status()).isEqualTo(ReportStatus.ROUTED);
            assertThat(report.sequence()).isEqualTo(2);
            assertThat(report.committee()).isEqualTo("economy");
            assertThat(report.timeline()).extracting(TimelineEntry::status)
                    .containsExactly(ReportStatus.SUBMITTED, ReportStatus.ROUTED);
        }

        @Test
        void theSameAnnouncementTwiceChangesNothing() {
            Report report = submittedBy(Actor.station("chengguan"), "chengguan");
            StatusObservation routed = announced(ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2);

            report.observe(routed);

            assertThat(report.observe(routed)).isFalse();
            assertThat(report.timeline()).hasSize(2);
        }

        @Test
        void aStaleAnnouncementIsKeptInTheTimelineButDoesNotMoveTheStatusBack() {
            Report report = submittedBy(Actor.station("chengguan"), "chengguan");
            report.observe(announced(ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 3));

            report.observe(announced(ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2));

            assertThat(report.status()).isEqualTo(ReportStatus.UNDER_REVIEW);
            assertThat(report.timeline()).extracting(TimelineEntry::sequence).containsExactly(1L, 2L, 3L);
        }

        @Test
        void itsOwnSubmissionEchoedBackIsRecognised() {
            Report.Submission submission = Report.submit(ReportId.random(), TrackingNumber.of(2026, 1),
                    content("chengguan"), Actor.station("chengguan"), null, NOW, Assessment.NONE);
            UUID own = submission.submitted().eventId();

            assertThat(submission.report().observe(new StatusObservation(own, ReportStatus.SUBMITTED, null, 1, NOW,
                    Role.STATION, null))).isFalse();
        }
    }

    @Nested
    class Amending {

        @Test
        void aReturnedReportIsRevisedAndSubmittedAgainWithTheNextSequence() {
            Report report = submittedBy(Actor.station("chengguan"), "chengguan");
            report.observe(announced(ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2));
            report.observe(announced(ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 3));
            report.observe(announced(ReportStatus.RETURNED, ReportStatus.UNDER_REVIEW, 4));

            ReportSubmitted again = report.revise(content("chengguan"), Actor.station("chengguan"), NOW.plusSeconds(60), Assessment.NONE);

            assertThat(again.revision()).isEqualTo(2);
            assertThat(again.sequence()).isEqualTo(5);
            assertThat(again.previousStatus()).isEqualTo(ReportStatus.RETURNED);
            assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
        }

        @Test
        void onlyAReturnedReportCanBeRevised() {
            Report report = submittedBy(Actor.station("chengguan"), "chengguan");

            assertThatThrownBy(() -> report.revise(content("chengguan"), Actor.station("chengguan"), NOW, Assessment.NONE))
                    .isInstanceOf(IllegalTransition.class)
                    .satisfies(e -> assertThat(((IllegalTransition) e).current()).isEqualTo(ReportStatus.SUBMITTED));
        }

        @Test
        void aReportIsWithdrawnBeforeADecisionButNotAfter() {
            Report early = submittedBy(Actor.station("chengguan"), "chengguan");
            early.observe(announced(ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2));
            assertThat(early.withdraw(Actor.station("chengguan"), NOW).sequence()).isEqualTo(3);
            assertThat(early.status()).isEqualTo(ReportStatus.WITHDRAWN);

            Report decided = submittedBy(Actor.station("chengguan"), "chengguan");
            decided.observe(announced(ReportStatus.ADOPTED, ReportStatus.UNDER_REVIEW, 4));
            assertThatThrownBy(() -> decided.withdraw(Actor.station("chengguan"), NOW))
                    .isInstanceOf(IllegalTransition.class);
        }

        @Test
        void onlyItsStationOrAnAuthorMayAmendIt() {
            Report report = submittedBy(Actor.member("m0001"), "xishan", "m0001", "m0002");

            assertThat(AmendmentPolicy.mayAmend(Actor.member("m0002"), report)).isTrue();
            assertThat(AmendmentPolicy.mayAmend(Actor.station("xishan"), report)).isTrue();
            assertThat(AmendmentPolicy.mayAmend(Actor.station("chengguan"), report)).isFalse();
            assertThat(AmendmentPolicy.mayAmend(Actor.member("m0003"), report)).isFalse();
            assertThat(AmendmentPolicy.mayAmend(Actor.office(), report)).isFalse();
        }
    }

    @Nested
    class QualityFindings {

        private final Assessment slow = new Assessment(Quality.of(List.of(QualityFlag.SLOW),
                List.of(new PossibleDuplicate(new ReportId("earlier"), TrackingNumber.of(2026, 7), 0.4))),
                "qinghe", null);

        @Test
        void aSubmissionAnnouncesWhatItsChecksFound() {
            Report.Submission submission = Report.submit(ReportId.random(), TrackingNumber.of(2026, 8),
                    content("chengguan"), Actor.station("chengguan"), null, NOW, slow);

            assertThat(submission.submitted().quality().flags()).containsExactly(QualityFlag.SLOW);
            assertThat(submission.submitted().quality().possibleDuplicates())
                    .extracting(d -> d.trackingNumber().value()).containsExactly("SQ-2026-000007");
            assertThat(submission.report().assessment()).isEqualTo(slow);
        }

        @Test
        void aRevisionIsCheckedAgainAndCarriesItsOwnFindings() {
            Report report = Report.submit(ReportId.random(), TrackingNumber.of(2026, 8), content("chengguan"),
                    Actor.station("chengguan"), null, NOW, slow).report();
            report.observe(announced(ReportStatus.RETURNED, ReportStatus.UNDER_REVIEW, 4));

            ReportSubmitted again = report.revise(content("chengguan"), Actor.station("chengguan"), NOW,
                    Assessment.NONE);

            assertThat(again.quality().isEmpty()).isTrue();
            assertThat(report.assessment()).isEqualTo(Assessment.NONE);
        }
    }

    @Test
    void trackingNumbersArePaddedToSixDigits() {
        assertThat(TrackingNumber.of(2026, 123).value()).isEqualTo("SQ-2026-000123");
        assertThatThrownBy(() -> TrackingNumber.of(2026, 1_000_000)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFingerprintTellsTheSameContentFromAnother() {
        assertThat(content("chengguan").fingerprint()).isEqualTo(content("chengguan").fingerprint());
        assertThat(content("chengguan").fingerprint()).isNotEqualTo(content("xishan").fingerprint());
    }
}
