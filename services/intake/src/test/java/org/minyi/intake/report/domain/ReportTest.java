package org.minyi.intake.report.domain;

import java.time.LocalDate;
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
                    Role.STATION, "station-chengguan", null, null))).isFalse();
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
            assertThat(early.withdraw(Actor.station("chengguan"), null, NOW).sequence()).isEqualTo(3);
            assertThat(early.status()).isEqualTo(ReportStatus.WITHDRAWN);

            Report decided = submittedBy(Actor.station("chengguan"), "chengguan");
            decided.observe(announced(ReportStatus.ADOPTED, ReportStatus.UNDER_REVIEW, 4));
            assertThatThrownBy(() -> decided.withdraw(Actor.station("chengguan"), null, NOW))
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

    @Nested
    class NamingWhoActed {

        @Test
        void eachStepKeepsItsActorAndAWithdrawalItsReason() {
            Report report = submittedBy(Actor.member("m0001"), "xishan", "m0001");
            report.observe(new StatusObservation(UUID.randomUUID(), ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2,
                    NOW.plusSeconds(2), Role.SYSTEM, "system", "economy", null));

            ReportWithdrawn withdrawn = report.withdraw(Actor.member("m0001"), "问题已由镇政府协调解决", NOW.plusSeconds(3));

            assertThat(withdrawn.reason()).isEqualTo("问题已由镇政府协调解决");
            assertThat(report.timeline()).extracting(TimelineEntry::actor)
                    .containsExactly("member-m0001", "system", "member-m0001");
            assertThat(report.timeline()).extracting(TimelineEntry::reason)
                    .containsExactly(null, null, "问题已由镇政府协调解决");
        }

        @Test
        void aWithdrawalNeedNotSayWhy() {
            Report report = submittedBy(Actor.station("chengguan"), "chengguan");

            assertThat(report.withdraw(Actor.station("chengguan"), null, NOW).reason()).isNull();
            assertThat(report.timeline().get(1).reason()).isNull();
        }
    }

    @Nested
    class LearningTheCommitteesDecision {

        @Test
        void aDecisionAnnouncedOnReportStatusIsCompletedByTheCommitteesEvent() {
            Report report = underReview();
            report.observe(step(ReportStatus.ADOPTED, ReportStatus.UNDER_REVIEW, 4, Role.REVIEWER, "reviewer-economy"));

            assertThat(report.learnDecision(UUID.randomUUID(), decision(ReviewDecision.Kind.ADOPT, 4, Grade.A, null,
                    "情况反映具体，建议可行"))).isTrue();

            assertThat(report.outcomes().decisions()).singleElement().satisfies(d -> {
                assertThat(d.decision()).isEqualTo(ReviewDecision.Kind.ADOPT);
                assertThat(d.grade()).isEqualTo(Grade.A);
                assertThat(d.comment()).isEqualTo("情况反映具体，建议可行");
                assertThat(d.decidedBy()).isEqualTo("reviewer-economy");
                assertThat(d.committee()).isEqualTo("economy");
                assertThat(d.decidedAt()).isEqualTo(NOW.plusSeconds(4));
            });
        }

        @Test
        void theCommitteesEventMayArriveBeforeTheStatusChangeAndTheStepFindsItsReasons() {
            Report report = underReview();
            report.learnDecision(UUID.randomUUID(), declined(4, "DUPLICATE", "与已有信息内容重复",
                    "Duplicates an earlier report", "与本月已采用的信息重复"));

            report.observe(step(ReportStatus.NOT_ADOPTED, ReportStatus.UNDER_REVIEW, 4, Role.REVIEWER,
                    "reviewer-economy"));

            assertThat(report.outcomes().decisions()).hasSize(1);
            TimelineEntry declined = report.timeline().get(3);
            assertThat(report.outcomes().decisionAnnouncedBy(declined)).hasValueSatisfying(d -> {
                assertThat(d.reason()).isEqualTo("DUPLICATE");
                assertThat(d.reasonLabel()).isEqualTo("与已有信息内容重复");
                assertThat(d.reasonLabelEn()).isEqualTo("Duplicates an earlier report");
                assertThat(d.comment()).isEqualTo("与本月已采用的信息重复");
                assertThat(d.decidedBy()).isEqualTo("reviewer-economy");
            });
            assertThat(report.outcomes().decisionAnnouncedBy(report.timeline().get(2))).as("UNDER_REVIEW").isEmpty();
        }

        @Test
        void aDeclineAnnouncedFirstOnReportStatusLearnsTheReasonInWordsFromTheCommitteesEvent() {
            Report report = underReview();
            report.observe(step(ReportStatus.NOT_ADOPTED, ReportStatus.UNDER_REVIEW, 4, Role.REVIEWER,
                    "reviewer-economy"));
            assertThat(report.outcomes().latestDecision()).hasValueSatisfying(d -> {
                assertThat(d.reason()).isNull();
                assertThat(d.reasonLabel()).isNull();
            });

            report.learnDecision(UUID.randomUUID(), declined(4, "NOT_TIMELY", "时效性不强", "No longer timely", null));

            assertThat(report.outcomes().decisions()).singleElement().satisfies(d -> {
                assertThat(d.reason()).isEqualTo("NOT_TIMELY");
                assertThat(d.reasonLabel()).isEqualTo("时效性不强");
                assertThat(d.reasonLabelEn()).isEqualTo("No longer timely");
                assertThat(d.decidedBy()).isEqualTo("reviewer-economy");
            });
        }

        @Test
        void aDeclineAnnouncedWithoutTheReasonsWordsKeepsItsCodeAlone() {
            Report report = underReview();
            report.observe(step(ReportStatus.NOT_ADOPTED, ReportStatus.UNDER_REVIEW, 4, Role.REVIEWER,
                    "reviewer-economy"));

            report.learnDecision(UUID.randomUUID(), decision(ReviewDecision.Kind.DECLINE, 4, null, "DUPLICATE", null));

            assertThat(report.outcomes().latestDecision()).hasValueSatisfying(d -> {
                assertThat(d.reason()).isEqualTo("DUPLICATE");
                assertThat(d.reasonLabel()).isNull();
                assertThat(d.reasonLabelEn()).isNull();
            });
        }

        @Test
        void theReviewIsTheLatestDecisionOrReturnAndAnEarlierReturnKeepsItsComment() {
            Report report = underReview();
            report.observe(step(ReportStatus.RETURNED, ReportStatus.UNDER_REVIEW, 4, Role.REVIEWER, "reviewer-economy"));
            report.learnDecision(UUID.randomUUID(), decision(ReviewDecision.Kind.RETURN, 4, null, null,
                    "请补充受影响村组和人数"));
            assertThat(report.outcomes().latestDecision()).map(ReviewDecision::decision)
                    .contains(ReviewDecision.Kind.RETURN);

            report.revise(content("xishan"), Actor.station("xishan"), NOW.plusSeconds(5), Assessment.NONE);
            report.observe(step(ReportStatus.ROUTED, ReportStatus.SUBMITTED, 6, Role.SYSTEM, "system"));
            report.observe(step(ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 7, Role.REVIEWER, "reviewer-economy"));
            report.observe(step(ReportStatus.ADOPTED, ReportStatus.UNDER_REVIEW, 8, Role.REVIEWER, "reviewer-economy"));
            report.learnDecision(UUID.randomUUID(), decision(ReviewDecision.Kind.ADOPT, 8, Grade.B, null, null));

            assertThat(report.outcomes().latestDecision()).hasValueSatisfying(d -> {
                assertThat(d.decision()).isEqualTo(ReviewDecision.Kind.ADOPT);
                assertThat(d.grade()).isEqualTo(Grade.B);
            });
            TimelineEntry returned = report.timeline().stream().filter(e -> e.status() == ReportStatus.RETURNED)
                    .findFirst().orElseThrow();
            assertThat(report.outcomes().decisionAnnouncedBy(returned)).map(ReviewDecision::comment)
                    .contains("请补充受影响村组和人数");
        }

        @Test
        void aMergeEndsTheReportsOwnLifeWhicheverTellsOfItFirst() {
            Report report = underReview();
            report.observe(step(ReportStatus.RETURNED, ReportStatus.UNDER_REVIEW, 4, Role.OFFICE, "office"));
            report.revise(content("xishan"), Actor.station("xishan"), NOW.plusSeconds(5), Assessment.NONE);
            ReviewDecision merge = new ReviewDecision(ReviewDecision.Kind.MERGE, 0, null, null, null, null, null,
                    NOW.plusSeconds(9), "economy", "reviewer-economy", "composite-1", "SQ-2026-000090");

            report.learnDecision(UUID.randomUUID(), merge);
            assertThat(report.outcomes().latestDecision()).as("told only by the composite's event, sequence unknown")
                    .map(ReviewDecision::decision).contains(ReviewDecision.Kind.MERGE);
            report.observe(new StatusObservation(UUID.randomUUID(), ReportStatus.MERGED, ReportStatus.UNDER_REVIEW, 8,
                    NOW.plusSeconds(8), Role.REVIEWER, "reviewer-economy", "economy", "composite-1"));

            assertThat(report.outcomes().decisions()).filteredOn(d -> d.decision() == ReviewDecision.Kind.MERGE)
                    .singleElement().satisfies(d -> {
                        assertThat(d.sequence()).isEqualTo(8);
                        assertThat(d.mergedInto()).isEqualTo("composite-1");
                        assertThat(d.mergedIntoTrackingNumber()).isEqualTo("SQ-2026-000090");
                    });
            assertThat(report.outcomes().latestDecision()).map(ReviewDecision::decision)
                    .contains(ReviewDecision.Kind.MERGE);
        }

        @Test
        void anEventIsLearnedOnce() {
            Report report = underReview();
            UUID eventId = UUID.randomUUID();
            ReviewDecision returned = decision(ReviewDecision.Kind.RETURN, 4, null, null, "请补充数据");

            assertThat(report.learnDecision(eventId, returned)).isTrue();
            assertThat(report.learnDecision(eventId, returned)).isFalse();
            assertThat(report.learned()).containsExactly(eventId);
            assertThat(report.outcomes().decisions()).hasSize(1);
        }

        private Report underReview() {
            Report report = submittedBy(Actor.station("xishan"), "xishan");
            report.observe(step(ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2, Role.SYSTEM, "system"));
            report.observe(step(ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 3, Role.REVIEWER, "reviewer-economy"));
            return report;
        }
    }

    @Nested
    class LearningWhatCameOfIt {

        private final Report report = submittedBy(Actor.member("m0001"), "xishan", "m0001");

        @Test
        void anInstructionsTextIsKeptOnlyOnceTheOfficeReleasedIt() {
            report.learnInstruction(UUID.randomUUID(), Instruction.issued("i-1", "county-head", "李明", "县长",
                    Instruction.Level.COUNTY, LocalDate.of(2026, 3, 20), NOW.plusSeconds(100)));
            assertThat(report.outcomes().instructions()).singleElement().satisfies(i -> {
                assertThat(i.isReleased()).isFalse();
                assertThat(i.text()).isNull();
            });

            report.learnInstruction(UUID.randomUUID(), Instruction.released("i-1", "county-head", "李明",
                    "请县住建局牵头研究解决。", LocalDate.of(2026, 3, 20), NOW.plusSeconds(200), "office"));

            assertThat(report.outcomes().instructions()).singleElement().satisfies(i -> {
                assertThat(i.isReleased()).isTrue();
                assertThat(i.text()).isEqualTo("请县住建局牵头研究解决。");
                assertThat(i.instructedAt()).isEqualTo(NOW.plusSeconds(100));
                assertThat(i.leaderTitle()).isEqualTo("县长");
                assertThat(i.level()).isEqualTo(Instruction.Level.COUNTY);
                assertThat(i.releasedBy()).isEqualTo("office");
            });
        }

        @Test
        void aReleaseThatArrivesBeforeItsInstructionIsJoinedWithIt() {
            report.learnInstruction(UUID.randomUUID(), Instruction.released("i-1", "county-head", "李明", "请研究。",
                    LocalDate.of(2026, 3, 20), NOW.plusSeconds(200), "leader"));
            report.learnInstruction(UUID.randomUUID(), Instruction.issued("i-1", "county-head", "李明", "县长",
                    Instruction.Level.COUNTY, LocalDate.of(2026, 3, 20), NOW.plusSeconds(100)));

            assertThat(report.outcomes().instructions()).singleElement().satisfies(i -> {
                assertThat(i.isReleased()).isTrue();
                assertThat(i.text()).isEqualTo("请研究。");
                assertThat(i.instructedAt()).isEqualTo(NOW.plusSeconds(100));
            });
        }

        @Test
        void everyLeadersInstructionIsKeptInTheOrderGiven() {
            report.learnInstruction(UUID.randomUUID(), Instruction.issued("i-2", "deputy-head-urban", "张丽", "副县长",
                    Instruction.Level.COUNTY, LocalDate.of(2026, 3, 22), NOW.plusSeconds(300)));
            report.learnInstruction(UUID.randomUUID(), Instruction.issued("i-1", "county-head", "李明", "县长",
                    Instruction.Level.COUNTY, LocalDate.of(2026, 3, 20), NOW.plusSeconds(100)));

            assertThat(report.outcomes().instructions()).extracting(Instruction::leader)
                    .containsExactly("county-head", "deputy-head-urban");
            assertThat(report.outcomes().hasGoneBeyondTheCommittee()).isTrue();
        }

        @Test
        void theUnitsResultsAreThoseOfTheLatestRound() {
            UnitResult first = new UnitResult("housing-construction", UnitResult.UnitRole.LEAD, UnitResult.Result.B,
                    NOW.plusSeconds(500));
            UnitResult again = new UnitResult("housing-construction", UnitResult.UnitRole.LEAD, UnitResult.Result.A,
                    NOW.plusSeconds(900));
            report.learnHandling(UUID.randomUUID(), new Outcomes.Handling(9, NOW.plusSeconds(500), List.of(first)));
            report.learnHandling(UUID.randomUUID(), new Outcomes.Handling(11, NOW.plusSeconds(900), List.of(again)));

            report.learnHandling(UUID.randomUUID(), new Outcomes.Handling(9, NOW.plusSeconds(500), List.of(first)));

            assertThat(report.outcomes().handling().units()).singleElement()
                    .satisfies(u -> assertThat(u.result()).isEqualTo(UnitResult.Result.A));
        }

        @Test
        void aTransferIsWhatCameOfItAfterTheCommittee() {
            assertThat(report.outcomes().hasGoneBeyondTheCommittee()).isFalse();

            assertThat(report.learnTransfer(UUID.randomUUID(), new Outcomes.Transfer("t-1", 6, NOW.plusSeconds(6))))
                    .isTrue();

            assertThat(report.outcomes().transfer().at()).isEqualTo(NOW.plusSeconds(6));
            assertThat(report.outcomes().hasGoneBeyondTheCommittee()).isTrue();
        }
    }

    private static StatusObservation step(ReportStatus status, ReportStatus previous, long sequence, Role role,
                                          String actor) {
        return new StatusObservation(UUID.randomUUID(), status, previous, sequence, NOW.plusSeconds(sequence), role,
                actor, "economy", null);
    }

    private static ReviewDecision decision(ReviewDecision.Kind kind, long sequence, Grade grade, String reason,
                                           String comment) {
        return new ReviewDecision(kind, sequence, grade, reason, null, null, comment, NOW.plusSeconds(sequence),
                "economy", "reviewer-economy", null, null);
    }

    private static ReviewDecision declined(long sequence, String reason, String label, String labelEn,
                                           String comment) {
        return new ReviewDecision(ReviewDecision.Kind.DECLINE, sequence, null, reason, label, labelEn, comment,
                NOW.plusSeconds(sequence), "economy", "reviewer-economy", null, null);
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
