package org.minyi.review.queue.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minyi.review.queue.domain.ReviewItemFixture.LEADERS;
import static org.minyi.review.queue.domain.ReviewItemFixture.LEASE;
import static org.minyi.review.queue.domain.ReviewItemFixture.LIMITS;
import static org.minyi.review.queue.domain.ReviewItemFixture.NOW;
import static org.minyi.review.queue.domain.ReviewItemFixture.adopted;
import static org.minyi.review.queue.domain.ReviewItemFixture.after;
import static org.minyi.review.queue.domain.ReviewItemFixture.announced;
import static org.minyi.review.queue.domain.ReviewItemFixture.colleague;
import static org.minyi.review.queue.domain.ReviewItemFixture.issue;
import static org.minyi.review.queue.domain.ReviewItemFixture.routedTo;
import static org.minyi.review.queue.domain.ReviewItemFixture.routing;
import static org.minyi.review.queue.domain.ReviewItemFixture.underReview;
import static org.minyi.review.queue.domain.ReviewItemFixture.upstream;

class ReviewItemTest {

    private static final Actor ECONOMY = Actor.reviewer("economy");

    @Nested
    class Queueing {

        @Test
        void aRoutedReportWaitsInItsCommitteesQueueAtRoutingsSequence() {
            ReviewItem item = routedTo("economy");

            assertThat(item.status()).isEqualTo(ReportStatus.ROUTED);
            assertThat(item.status().isInQueue()).isTrue();
            assertThat(item.committee()).isEqualTo("economy");
            assertThat(item.sequence()).isEqualTo(2);
            assertThat(item.claimedBy()).isNull();
        }

        @Test
        void theSameRoutingDeliveredAgainChangesNothing() {
            RoutedReport routed = routing(new ReportId("r-1"), "economy", 1, 2);
            ReviewItem item = ReviewItem.route(routed, LIMITS);

            assertThat(item.reroute(routed, LIMITS)).isFalse();
            assertThat(item.appliedEvents()).containsExactly(routed.eventId());
        }

        @Test
        void aNewerRevisionAfterAReturnStartsTheReviewAfresh() {
            ReviewItem item = underReview("economy");
            item.decide(new Decision.ReturnForRevision("请补充数据"), ECONOMY, NOW);
            item.observe(announced(ReportStatus.SUBMITTED, 5));

            assertThat(item.reroute(routing(item.id(), "economy", 2, 6), LIMITS)).isTrue();

            assertThat(item.status()).isEqualTo(ReportStatus.ROUTED);
            assertThat(item.revision()).isEqualTo(2);
            assertThat(item.sequence()).isEqualTo(6);
            assertThat(item.claimedBy()).isNull();
            assertThat(item.decision()).isNull();
        }

        @Test
        void aNewerRevisionIsTakenEvenWhenReportStatusToldOfItsRoutingFirst() {
            ReviewItem item = underReview("economy");
            item.decide(new Decision.ReturnForRevision("请补充数据"), ECONOMY, NOW);
            item.observe(announced(ReportStatus.ROUTED, 6));

            assertThat(item.reroute(routing(item.id(), "economy", 2, 6), LIMITS)).isTrue();
            assertThat(item.status()).isEqualTo(ReportStatus.ROUTED);
            assertThat(item.claim(ECONOMY, NOW, LEASE).orElseThrow().sequence()).isEqualTo(7);
        }

        @Test
        void anOlderRevisionArrivingLateIsIgnored() {
            ReviewItem item = routedTo("economy");
            item.reroute(routing(item.id(), "economy", 3, 9), LIMITS);

            assertThat(item.reroute(routing(item.id(), "economy", 2, 6), LIMITS)).isFalse();
            assertThat(item.revision()).isEqualTo(3);
        }

        @Test
        void theSameRevisionRoutedAgainBeforeADecisionMovesToTheNewCommittee() {
            ReviewItem item = underReview("economy");

            assertThat(item.reroute(routing(item.id(), "agriculture", 1, 4), LIMITS)).isTrue();

            assertThat(item.committee()).isEqualTo("agriculture");
            assertThat(item.status()).isEqualTo(ReportStatus.ROUTED);
            assertThat(item.sequence()).isEqualTo(4);
        }

        @Test
        void aDecidedReportIsNotMovedByALateRoutingOfTheSameRevision() {
            ReviewItem item = adopted("economy");

            assertThat(item.reroute(routing(item.id(), "agriculture", 1, 9), LIMITS)).isFalse();
            assertThat(item.status()).isEqualTo(ReportStatus.ADOPTED);
        }
    }

    @Nested
    class Claiming {

        @Test
        void aReviewerOfTheCommitteeClaimsARoutedReportAtTheNextSequence() {
            ReviewItem item = routedTo("economy");

            ReportClaimed claimed = item.claim(ECONOMY, NOW, LEASE).orElseThrow();

            assertThat(claimed.sequence()).isEqualTo(3);
            assertThat(claimed.previousStatus()).isEqualTo(ReportStatus.ROUTED);
            assertThat(claimed.status()).isEqualTo(ReportStatus.UNDER_REVIEW);
            assertThat(item.status()).isEqualTo(ReportStatus.UNDER_REVIEW);
            assertThat(item.claimedBy()).isEqualTo("reviewer-economy");
            assertThat(item.status().isInQueue()).isTrue();
        }

        @Test
        void aReportUnderReviewCannotBeClaimedByAColleagueWhileTheLeaseIsLive() {
            ReviewItem item = underReview("economy");

            assertThatThrownBy(() -> item.claim(colleague("economy"), after(Duration.ofMinutes(29)), LEASE))
                    .isInstanceOf(ClaimedByAnother.class)
                    .satisfies(e -> {
                        ClaimedByAnother claimed = (ClaimedByAnother) e;
                        assertThat(claimed.current()).isEqualTo(ReportStatus.UNDER_REVIEW);
                        assertThat(claimed.claim().by()).isEqualTo("reviewer-economy");
                        assertThat(claimed.claim().expiresAt()).isEqualTo(after(Duration.ofMinutes(30)));
                    });
            assertThat(item.claimedBy()).isEqualTo("reviewer-economy");
        }

        @Test
        void aDecidedReportCannotBeClaimed() {
            ReviewItem item = adopted("economy");

            assertThatThrownBy(() -> item.claim(ECONOMY, NOW, LEASE)).isInstanceOf(IllegalTransition.class)
                    .satisfies(e -> assertThat(((IllegalTransition) e).current()).isEqualTo(ReportStatus.ADOPTED));
        }

        @Test
        void aReviewerOfAnotherCommitteeOrTheOfficeMayNotClaim() {
            ReviewItem item = routedTo("economy");

            assertThatThrownBy(() -> item.claim(Actor.reviewer("agriculture"), NOW, LEASE)).isInstanceOf(ReviewRefused.class);
            assertThatThrownBy(() -> item.claim(Actor.office(), NOW, LEASE)).isInstanceOf(ReviewRefused.class);
            assertThat(item.status()).isEqualTo(ReportStatus.ROUTED);
        }
    }

    @Nested
    class Deciding {

        @Test
        void adoptingRecordsTheGradeAndLeavesTheQueue() {
            ReviewItem item = underReview("economy");

            ReviewEvent event = item.decide(new Decision.Adopt(Grade.A, "数据翔实"), ECONOMY, NOW);

            assertThat(event).isInstanceOfSatisfying(ReportAdopted.class, adopted -> {
                assertThat(adopted.grade()).isEqualTo(Grade.A);
                assertThat(adopted.sequence()).isEqualTo(4);
                assertThat(adopted.previousStatus()).isEqualTo(ReportStatus.UNDER_REVIEW);
            });
            assertThat(item.status()).isEqualTo(ReportStatus.ADOPTED);
            assertThat(item.status().isInQueue()).isFalse();
            assertThat(item.decision().grade()).isEqualTo(Grade.A);
            assertThat(item.decision().decidedBy()).isEqualTo("reviewer-economy");
        }

        @Test
        void decliningRecordsTheReasonInTheListsWords() {
            ReviewItem item = underReview("economy");
            Decision.Decline decline = new Decision.Decline("DUPLICATE", "与SQ-2026-000101重复")
                    .labelled(new DeclineReason("DUPLICATE", "与已有信息内容重复", "Duplicates an earlier report", false,
                            true));

            ReviewEvent event = item.decide(decline, ECONOMY, NOW);

            assertThat(event).isInstanceOfSatisfying(ReportDeclined.class, declined -> {
                assertThat(declined.reason()).isEqualTo("DUPLICATE");
                assertThat(declined.reasonLabel()).isEqualTo("与已有信息内容重复");
                assertThat(declined.reasonLabelEn()).isEqualTo("Duplicates an earlier report");
                assertThat(declined.comment()).isEqualTo("与SQ-2026-000101重复");
            });
            assertThat(item.status()).isEqualTo(ReportStatus.NOT_ADOPTED);
            assertThat(item.decision().grade()).isNull();
            assertThat(item.decision().decision()).isEqualTo(decline);
        }

        @Test
        void aDeclineIsLabelledOnlyByItsOwnReason() {
            Decision.Decline decline = new Decision.Decline("DUPLICATE", null);

            assertThat(decline.reasonLabel()).isNull();
            assertThat(decline.reasonLabelEn()).isNull();
            assertThatThrownBy(() -> decline.labelled(new DeclineReason("NOT_TIMELY", "时效性不强", null, false, true)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void returningSendsTheCommentBackToTheAuthors() {
            ReviewItem item = underReview("economy");

            ReviewEvent event = item.decide(new Decision.ReturnForRevision("请补充资金缺口的具体数据"), ECONOMY, NOW);

            assertThat(event).isInstanceOfSatisfying(ReportReturned.class,
                    returned -> assertThat(returned.comment()).isEqualTo("请补充资金缺口的具体数据"));
            assertThat(item.status()).isEqualTo(ReportStatus.RETURNED);
        }

        @Test
        void aReportMustBeClaimedBeforeItIsDecided() {
            ReviewItem item = routedTo("economy");

            assertThatThrownBy(() -> item.decide(new Decision.Adopt(Grade.B, null), ECONOMY, NOW))
                    .isInstanceOf(IllegalTransition.class)
                    .satisfies(e -> assertThat(((IllegalTransition) e).current()).isEqualTo(ReportStatus.ROUTED));
        }

        @Test
        void aDecidedReportCannotBeDecidedAgain() {
            ReviewItem item = adopted("economy");

            assertThatThrownBy(() -> item.decide(new Decision.Decline("LATE", null), ECONOMY, NOW))
                    .isInstanceOf(IllegalTransition.class);
            assertThat(item.status()).isEqualTo(ReportStatus.ADOPTED);
        }

        @Test
        void eachDecisionCarriesWhatItRequires() {
            assertThatThrownBy(() -> new Decision.Adopt(null, "好")).isInstanceOf(NullPointerException.class);
            assertThatThrownBy(() -> new Decision.Decline(" ", null)).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> new Decision.ReturnForRevision(null)).isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void onlyAReviewerOfTheCommitteeDecides() {
            ReviewItem item = underReview("economy");

            assertThatThrownBy(() -> item.decide(new Decision.Adopt(Grade.A, null), Actor.reviewer("education"), NOW))
                    .isInstanceOf(ReviewRefused.class);
        }
    }

    @Nested
    class SendingToLeaders {

        @Test
        void theOfficeSendsAnAdoptedReportWithItsGrade() {
            ReviewItem item = adopted("economy");

            ReportSentToLeaders sent = item.sendToLeaders(LEADERS, Actor.office(), NOW);

            assertThat(sent.sequence()).isEqualTo(5);
            assertThat(sent.grade()).isEqualTo(Grade.A);
            assertThat(sent.previousStatus()).isEqualTo(ReportStatus.ADOPTED);
            assertThat(item.status()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
            assertThat(item.sentToLeadersAt()).isEqualTo(NOW);
        }

        @Test
        void onlyAnAdoptedReportIsSent() {
            ReviewItem underReview = underReview("economy");
            assertThatThrownBy(() -> underReview.sendToLeaders(LEADERS, Actor.office(), NOW))
                    .isInstanceOf(IllegalTransition.class);

            ReviewItem sent = adopted("economy");
            sent.sendToLeaders(LEADERS, Actor.office(), NOW);
            assertThatThrownBy(() -> sent.sendToLeaders(LEADERS, Actor.office(), NOW))
                    .isInstanceOf(IllegalTransition.class)
                    .satisfies(e -> assertThat(((IllegalTransition) e).current())
                            .isEqualTo(ReportStatus.SENT_TO_LEADERS));
        }

        @Test
        void theReportGoesToTheLeadersChosenWhoAreRemembered() {
            ReviewItem item = adopted("economy");

            ReportSentToLeaders sent = item.sendToLeaders(List.of("county-head"), Actor.office(), NOW);

            assertThat(sent.leaders()).containsExactly("county-head");
            assertThat(sent.actor()).isEqualTo(Actor.office());
            assertThat(item.sentTo()).containsExactly("county-head");
            assertThatThrownBy(() -> adopted("economy").sendToLeaders(List.of(), Actor.office(), NOW))
                    .as("a report goes to someone").isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void aSpecialIssueSendsItsReportToTheLeadersTheIssueNames() {
            ReviewItem item = adopted("economy");

            List<StatusChange> changes = item.publish(issue(IssueKind.SPECIAL, 2), List.of("cppcc-chair"),
                    Actor.office(), NOW);

            assertThat(((ReportSentToLeaders) changes.get(1)).leaders()).containsExactly("cppcc-chair");
            assertThat(item.sentTo()).containsExactly("cppcc-chair");
        }

        @Test
        void aReviewerDoesNotSendToTheLeaders() {
            assertThatThrownBy(() -> adopted("economy").sendToLeaders(LEADERS, ECONOMY, NOW))
                    .isInstanceOf(ReviewRefused.class);
        }
    }

    @Nested
    class FollowingTheStatus {

        @Test
        void aNewerSequenceIsKeptSoTheNextStepFollowsIt() {
            ReviewItem item = routedTo("economy");

            assertThat(item.observe(announced(ReportStatus.ROUTED, 5))).isTrue();

            assertThat(item.sequence()).isEqualTo(5);
            assertThat(item.status()).isEqualTo(ReportStatus.ROUTED);
            assertThat(item.claim(ECONOMY, NOW, LEASE).orElseThrow().sequence()).isEqualTo(6);
        }

        @Test
        void aStaleOrEchoedAnnouncementChangesNothing() {
            ReviewItem item = underReview("economy");

            assertThat(item.observe(announced(ReportStatus.ROUTED, 2))).isFalse();
            assertThat(item.observe(announced(ReportStatus.UNDER_REVIEW, 3))).isFalse();
            assertThat(item.sequence()).isEqualTo(3);
            assertThat(item.status()).isEqualTo(ReportStatus.UNDER_REVIEW);
        }

        @Test
        void aWithdrawnReportLeavesTheQueueAndRefusesDecisions() {
            ReviewItem item = underReview("economy");

            assertThat(item.observe(announced(ReportStatus.WITHDRAWN, 4))).isTrue();

            assertThat(item.status()).isEqualTo(ReportStatus.WITHDRAWN);
            assertThat(item.status().isInQueue()).isFalse();
            assertThatThrownBy(() -> item.decide(new Decision.Adopt(Grade.A, null), ECONOMY, NOW))
                    .isInstanceOf(IllegalTransition.class)
                    .satisfies(e -> assertThat(((IllegalTransition) e).current()).isEqualTo(ReportStatus.WITHDRAWN));
            assertThatThrownBy(() -> item.claim(ECONOMY, NOW, LEASE)).isInstanceOf(IllegalTransition.class);
        }

        @Test
        void aWithdrawalAnnouncedAtTheSameSequenceAsAClaimStillWithdraws() {
            ReviewItem item = underReview("economy");

            assertThat(item.observe(announced(ReportStatus.WITHDRAWN, 3))).isTrue();
            assertThat(item.status()).isEqualTo(ReportStatus.WITHDRAWN);
        }

        @Test
        void theSameWithdrawalDeliveredTwiceIsAppliedOnce() {
            ReviewItem item = routedTo("economy");
            StatusObservation withdrawn = announced(ReportStatus.WITHDRAWN, 3);

            item.observe(withdrawn);

            assertThat(item.observe(withdrawn)).isFalse();
        }

        @Test
        void aWithdrawalOlderThanADecisionDoesNotUndoIt() {
            ReviewItem item = adopted("economy");

            assertThat(item.observe(announced(ReportStatus.WITHDRAWN, 3))).isFalse();
            assertThat(item.status()).isEqualTo(ReportStatus.ADOPTED);
        }

        @Test
        void aWithdrawnReportIsNotRoutedBackIntoTheQueue() {
            ReviewItem item = routedTo("economy");
            item.observe(announced(ReportStatus.WITHDRAWN, 3));

            assertThat(item.reroute(routing(item.id(), "economy", 2, 5), LIMITS)).isFalse();
            assertThat(item.status()).isEqualTo(ReportStatus.WITHDRAWN);
        }

        @Test
        void onlyTheLatestEventIdsAreRemembered() {
            ReviewItem item = routedTo("economy");
            UUID first = item.appliedEvents().get(0);

            for (int i = 0; i < ReviewItem.REMEMBERED_EVENTS + 20; i++) {
                item.observe(announced(ReportStatus.ROUTED, 3 + i));
            }

            assertThat(item.appliedEvents()).hasSize(ReviewItem.REMEMBERED_EVENTS).doesNotContain(first);
        }
    }

    @Nested
    class ClaimLeases {

        @Test
        void aClaimHoldsForTheLeaseFromWhenItWasTaken() {
            ReviewItem item = routedTo("economy");

            item.claim(ECONOMY, NOW, new ClaimPolicy(Duration.ofMinutes(45)));

            assertThat(item.claim().at()).isEqualTo(NOW);
            assertThat(item.claim().expiresAt()).isEqualTo(after(Duration.ofMinutes(45)));
        }

        @Test
        void theHolderClaimingAgainRenewsTheLeaseWithoutAnnouncingAnything() {
            ReviewItem item = underReview("economy");
            long sequence = item.sequence();

            Optional<ReportClaimed> renewed = item.claim(ECONOMY, after(Duration.ofMinutes(20)), LEASE);

            assertThat(renewed).isEmpty();
            assertThat(item.sequence()).isEqualTo(sequence);
            assertThat(item.claim().at()).isEqualTo(NOW);
            assertThat(item.claim().expiresAt()).isEqualTo(after(Duration.ofMinutes(50)));
        }

        @Test
        void aColleagueTakesOverAnExpiredClaimWithoutAnnouncingAnything() {
            ReviewItem item = underReview("economy");
            Actor colleague = colleague("economy");

            Optional<ReportClaimed> takenOver = item.claim(colleague, after(Duration.ofMinutes(30)), LEASE);

            assertThat(takenOver).isEmpty();
            assertThat(item.status()).isEqualTo(ReportStatus.UNDER_REVIEW);
            assertThat(item.claimedBy()).isEqualTo("reviewer-economy-2");
            assertThat(item.claim().expiresAt()).isEqualTo(after(Duration.ofMinutes(60)));
        }

        @Test
        void theFormerHolderMayNotDecideOnceTakenOver() {
            ReviewItem item = underReview("economy");
            item.claim(colleague("economy"), after(Duration.ofMinutes(31)), LEASE);

            assertThatThrownBy(() -> item.decide(new Decision.Adopt(Grade.A, null), ECONOMY,
                    after(Duration.ofMinutes(32)))).isInstanceOf(ClaimedByAnother.class);
            assertThat(item.status()).isEqualTo(ReportStatus.UNDER_REVIEW);
        }

        @Test
        void aColleagueMustTakeOverAnExpiredClaimBeforeDeciding() {
            ReviewItem item = underReview("economy");

            assertThatThrownBy(() -> item.decide(new Decision.Adopt(Grade.A, null), colleague("economy"),
                    after(Duration.ofHours(2)))).isInstanceOf(ClaimedByAnother.class);
        }

        @Test
        void theHolderMayStillDecideAfterTheLeaseRanOutIfNobodyTookOver() {
            ReviewItem item = underReview("economy");

            item.decide(new Decision.Adopt(Grade.B, null), ECONOMY, after(Duration.ofHours(2)));

            assertThat(item.status()).isEqualTo(ReportStatus.ADOPTED);
        }
    }

    @Nested
    class DecisionsOfTheOffice {

        @Test
        void adoptionsCountAsSingleUnlessSaidOtherwise() {
            ReviewItem single = underReview("economy");
            ReviewItem composite = underReview("economy");

            ReviewEvent first = single.decide(new Decision.Adopt(Grade.A, "好"), ECONOMY, NOW);
            ReviewEvent second = composite.decide(new Decision.Adopt(Grade.B, AdoptionKind.COMPOSITE, null), ECONOMY,
                    NOW);

            assertThat(((ReportAdopted) first).kind()).isEqualTo(AdoptionKind.SINGLE);
            assertThat(((ReportAdopted) second).kind()).isEqualTo(AdoptionKind.COMPOSITE);
            assertThat(composite.decision().adoptionKind()).isEqualTo(AdoptionKind.COMPOSITE);
        }

        @Test
        void theCommitteeMayReturnARoutedReportWithoutClaimingIt() {
            ReviewItem item = routedTo("economy");

            ReviewEvent returned = item.decide(new Decision.ReturnForRevision("请补充数据"), ECONOMY, NOW);

            assertThat(returned.sequence()).isEqualTo(3);
            assertThat(item.status()).isEqualTo(ReportStatus.RETURNED);
        }

        @Test
        void theOfficeMayReturnAnyQueuedReportWhoeverHoldsIt() {
            ReviewItem item = underReview("economy");

            item.decide(new Decision.ReturnForRevision("请按一事一议拆分"), Actor.office(), NOW);

            assertThat(item.status()).isEqualTo(ReportStatus.RETURNED);
            assertThat(item.decision().decidedBy()).isEqualTo("office");
        }

        @Test
        void theOfficeNeitherAdoptsNorDeclinesACommitteesReport() {
            ReviewItem item = routedTo("economy");

            assertThatThrownBy(() -> item.claim(Actor.office(), NOW, LEASE)).isInstanceOf(ReviewRefused.class);
            assertThatThrownBy(() -> underReview("economy").decide(new Decision.Adopt(Grade.A, null), Actor.office(),
                    NOW)).isInstanceOf(ReviewRefused.class);
        }

        @Test
        void theOfficeWorksItsTriageQueueAsACommitteeDoes() {
            ReviewItem item = routedTo(ReviewPolicy.OFFICE_QUEUE);

            item.claim(Actor.office(), NOW, LEASE);
            item.decide(new Decision.Decline("OUT_OF_SCOPE", "不属于社情民意信息"), Actor.office(), NOW);

            assertThat(item.status()).isEqualTo(ReportStatus.NOT_ADOPTED);
            assertThatThrownBy(() -> routedTo(ReviewPolicy.OFFICE_QUEUE).claim(ECONOMY, NOW, LEASE))
                    .isInstanceOf(ReviewRefused.class);
        }
    }

    @Nested
    class Merging {

        @Test
        void aQueuedReportBecomesMergedIntoTheCompositeAtTheNextSequence() {
            ReviewItem item = underReview("economy");
            ReportId composite = new ReportId("zh-1");

            ReportMerged merged = item.mergeInto(composite, ECONOMY, NOW).orElseThrow();

            assertThat(merged.sequence()).isEqualTo(4);
            assertThat(merged.previousStatus()).isEqualTo(ReportStatus.UNDER_REVIEW);
            assertThat(merged.mergedInto()).isEqualTo(composite);
            assertThat(item.status()).isEqualTo(ReportStatus.MERGED);
            assertThat(item.isMergedInto(composite)).isTrue();
            assertThat(item.status().isInQueue()).isFalse();
        }

        @Test
        void mergingIntoTheSameCompositeAgainChangesNothing() {
            ReviewItem item = routedTo("economy");
            ReportId composite = new ReportId("zh-1");
            item.mergeInto(composite, ECONOMY, NOW);

            assertThat(item.mergeInto(composite, ECONOMY, NOW)).isEmpty();
            assertThat(item.sequence()).isEqualTo(3);
        }

        @Test
        void aDecidedReportCannotBeMerged() {
            ReviewItem item = adopted("economy");

            assertThatThrownBy(() -> item.checkMergeable(ECONOMY, NOW)).isInstanceOf(IllegalTransition.class)
                    .satisfies(e -> assertThat(((IllegalTransition) e).current()).isEqualTo(ReportStatus.ADOPTED));
            assertThatThrownBy(() -> item.mergeInto(new ReportId("zh-1"), ECONOMY, NOW))
                    .isInstanceOf(IllegalTransition.class);
        }

        @Test
        void aReviewerMergesOnlyItsOwnCommitteesReportsAndNotOnesAColleagueHolds() {
            ReviewItem held = underReview("economy");

            assertThatThrownBy(() -> held.checkMergeable(Actor.reviewer("education"), NOW))
                    .isInstanceOf(ReviewRefused.class);
            assertThatThrownBy(() -> held.checkMergeable(colleague("economy"), NOW))
                    .isInstanceOf(ClaimedByAnother.class);
            held.checkMergeable(Actor.office(), NOW);
        }

        @Test
        void aCompositeIsAnnouncedAdoptedCreditingEveryAuthorOfEveryMergedConstituent() {
            ReviewItem first = routedTo("economy", "SQ-2026-000101", List.of("m0001", "m0002"));
            ReviewItem second = routedTo("economy", "SQ-2026-000102", List.of("m0002", "m0017"));
            ReviewItem composite = composite(first, second);

            assertThat(composite.status()).isEqualTo(ReportStatus.MERGING);
            assertThat(composite.status().isAnnounced()).isFalse();
            ReportsMerged merged = composite.completeMerge(List.of(), NOW);

            assertThat(merged.sequence()).isEqualTo(1);
            assertThat(merged.previousStatus()).isNull();
            assertThat(merged.authors()).containsExactly("m0001", "m0002", "m0017");
            assertThat(merged.constituents()).extracting(Constituent::trackingNumber)
                    .containsExactly("SQ-2026-000101", "SQ-2026-000102");
            assertThat(composite.status()).isEqualTo(ReportStatus.ADOPTED);
            assertThat(composite.content().authors()).containsExactly("m0001", "m0002", "m0017");
            assertThat(composite.decision().adoptionKind()).isEqualTo(AdoptionKind.COMPOSITE);
            assertThat(composite.decision().grade()).isEqualTo(Grade.A);
            assertThat(composite.merge().isPending()).isFalse();
        }

        @Test
        void aConstituentSkippedBecauseItLeftTheQueueIsNotCredited() {
            ReviewItem first = routedTo("economy", "SQ-2026-000101", List.of("m0001"));
            ReviewItem second = routedTo("economy", "SQ-2026-000102", List.of("m0017"));
            ReviewItem composite = composite(first, second);

            ReportsMerged merged = composite.completeMerge(
                    List.of(new Merge.Skipped(second.id(), "SQ-2026-000102", ReportStatus.WITHDRAWN)), NOW);

            assertThat(merged.authors()).containsExactly("m0001");
            assertThat(composite.merge().skipped()).extracting(Merge.Skipped::status)
                    .containsExactly(ReportStatus.WITHDRAWN);
        }

        @Test
        void aCompositeIsCompletedOnce() {
            ReviewItem composite = composite(routedTo("economy"), routedTo("economy"));
            composite.completeMerge(List.of(), NOW);

            assertThatThrownBy(() -> composite.completeMerge(List.of(), NOW)).isInstanceOf(IllegalTransition.class);
        }

        @Test
        void aMergedReportIsNotRoutedBackIntoTheQueue() {
            ReviewItem item = routedTo("economy");
            item.mergeInto(new ReportId("zh-1"), ECONOMY, NOW);

            assertThat(item.reroute(routing(item.id(), "economy", 2, 9), LIMITS)).isFalse();
            assertThat(item.status()).isEqualTo(ReportStatus.MERGED);
        }

        private ReviewItem composite(ReviewItem... constituents) {
            List<ReviewItem> all = List.of(constituents);
            Merge plan = Merge.planned(all.stream().map(Constituent::of).toList(), ECONOMY, Grade.A, "综合采用", NOW);
            return ReviewItem.compose(new ReportId("zh-1"), "ZH-2026-000001", "economy",
                    new CompositeDraft("关于全县老旧小区加装电梯问题的综合反映", null, null, null, null, null).contentOf(all),
                    plan, NOW);
        }
    }

    @Nested
    class Publishing {

        @Test
        void aRegularIssueMovesAnAdoptedReportToPublishedAndLinksBack() {
            ReviewItem item = adopted("economy");
            PublicationRef issue = issue(IssueKind.REGULAR, 3);

            List<StatusChange> changes = item.publish(issue, LEADERS, Actor.office(), NOW);

            assertThat(changes).singleElement().isInstanceOfSatisfying(ReportPublished.class, published -> {
                assertThat(published.sequence()).isEqualTo(5);
                assertThat(published.previousStatus()).isEqualTo(ReportStatus.ADOPTED);
                assertThat(published.publication()).isEqualTo(issue);
            });
            assertThat(item.status()).isEqualTo(ReportStatus.PUBLISHED);
            assertThat(item.publications()).containsExactly(issue);
        }

        @Test
        void theSameIssueAppliedAgainChangesNothing() {
            ReviewItem item = adopted("economy");
            PublicationRef issue = issue(IssueKind.REGULAR, 3);
            item.publish(issue, LEADERS, Actor.office(), NOW);

            assertThat(item.publish(issue, LEADERS, Actor.office(), NOW)).isEmpty();
            assertThat(item.sequence()).isEqualTo(5);
        }

        @Test
        void aSpecialIssueAlsoSendsTheReportToTheLeadersAtTheFollowingSequence() {
            ReviewItem item = adopted("economy");
            PublicationRef special = issue(IssueKind.SPECIAL, 1);

            List<StatusChange> changes = item.publish(special, LEADERS, Actor.office(), NOW);

            assertThat(changes).extracting(StatusChange::status)
                    .containsExactly(ReportStatus.PUBLISHED, ReportStatus.SENT_TO_LEADERS);
            assertThat(changes).extracting(StatusChange::sequence).containsExactly(5L, 6L);
            ReportSentToLeaders sent = (ReportSentToLeaders) changes.get(1);
            assertThat(sent.previousStatus()).isEqualTo(ReportStatus.PUBLISHED);
            assertThat(sent.publication()).isEqualTo(special);
            assertThat(sent.grade()).isEqualTo(Grade.A);
            assertThat(item.status()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
        }

        @Test
        void aReportInARegularIssueMayGoIntoASpecialOneButNotIntoASecondRegularOne() {
            ReviewItem item = adopted("economy");
            item.publish(issue(IssueKind.REGULAR, 3), LEADERS, Actor.office(), NOW);

            assertThatThrownBy(() -> item.publish(issue(IssueKind.REGULAR, 4), LEADERS, Actor.office(), NOW))
                    .isInstanceOf(IllegalTransition.class)
                    .satisfies(e -> assertThat(((IllegalTransition) e).current()).isEqualTo(ReportStatus.PUBLISHED));
            List<StatusChange> special = item.publish(issue(IssueKind.SPECIAL, 1), LEADERS, Actor.office(), NOW);
            assertThat(special.get(0).previousStatus()).isEqualTo(ReportStatus.PUBLISHED);
            assertThat(item.status()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
        }

        @Test
        void onlyAnAdoptedReportNotYetSentIsPublished() {
            ReviewItem underReview = underReview("economy");
            assertThatThrownBy(() -> underReview.publish(issue(IssueKind.REGULAR, 1), LEADERS, Actor.office(),
                    NOW))
                    .isInstanceOf(IllegalTransition.class);

            ReviewItem sent = adopted("economy");
            sent.sendToLeaders(LEADERS, Actor.office(), NOW);
            assertThatThrownBy(() -> sent.publish(issue(IssueKind.REGULAR, 1), LEADERS, Actor.office(), NOW))
                    .isInstanceOf(IllegalTransition.class)
                    .satisfies(e -> assertThat(((IllegalTransition) e).current())
                            .isEqualTo(ReportStatus.SENT_TO_LEADERS));
        }

        @Test
        void aPublishedReportMayStillBeSentOnItsOwn() {
            ReviewItem item = adopted("economy");
            item.publish(issue(IssueKind.REGULAR, 3), LEADERS, Actor.office(), NOW);

            ReportSentToLeaders sent = item.sendToLeaders(LEADERS, Actor.office(), NOW);

            assertThat(sent.previousStatus()).isEqualTo(ReportStatus.PUBLISHED);
            assertThat(sent.publication()).isNull();
        }

        @Test
        void onlyTheOfficePublishes() {
            assertThatThrownBy(() -> adopted("economy").publish(issue(IssueKind.REGULAR, 1), LEADERS, ECONOMY, NOW))
                    .isInstanceOf(ReviewRefused.class);
        }
    }

    @Nested
    class UpstreamAdoptions {

        @Test
        void anAdoptionUpstreamIsRecordedAtTheCurrentSequenceWithoutChangingTheStatus() {
            ReviewItem item = adopted("economy");
            item.sendToLeaders(LEADERS, Actor.office(), NOW);
            item.observe(announced(ReportStatus.INSTRUCTED, 9));

            UpstreamAdoptionRecorded recorded = item.recordUpstreamAdoption(
                    upstream(UpstreamAdoption.Level.CITY, UpstreamAdoption.Mode.FORWARDED), Actor.office(), NOW);

            assertThat(recorded.sequence()).isEqualTo(9);
            assertThat(item.sequence()).isEqualTo(9);
            assertThat(item.status()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
            assertThat(item.upstreamAdoptions()).hasSize(1);
        }

        @Test
        void aReportMayBeAdoptedUpstreamMoreThanOnceButTheSameAdoptionOnlyOnce() {
            ReviewItem item = adopted("economy");
            item.recordUpstreamAdoption(upstream(UpstreamAdoption.Level.CITY, UpstreamAdoption.Mode.SINGLE),
                    Actor.office(), NOW);
            item.recordUpstreamAdoption(upstream(UpstreamAdoption.Level.PROVINCE, UpstreamAdoption.Mode.FORWARDED),
                    Actor.office(), NOW);

            assertThatThrownBy(() -> item.recordUpstreamAdoption(
                    upstream(UpstreamAdoption.Level.CITY, UpstreamAdoption.Mode.SINGLE), Actor.office(), NOW))
                    .isInstanceOf(IllegalTransition.class);
            assertThat(item.upstreamAdoptions()).extracting(UpstreamAdoption::level)
                    .containsExactly(UpstreamAdoption.Level.CITY, UpstreamAdoption.Level.PROVINCE);
        }

        @Test
        void onlyAnAdoptedReportIsAdoptedUpstreamAndOnlyTheOfficeRecordsIt() {
            UpstreamAdoption city = upstream(UpstreamAdoption.Level.CITY, UpstreamAdoption.Mode.SINGLE);

            assertThatThrownBy(() -> underReview("economy").recordUpstreamAdoption(city, Actor.office(), NOW))
                    .isInstanceOf(IllegalTransition.class)
                    .satisfies(e -> assertThat(((IllegalTransition) e).current())
                            .isEqualTo(ReportStatus.UNDER_REVIEW));
            assertThatThrownBy(() -> adopted("economy").recordUpstreamAdoption(city, ECONOMY, NOW))
                    .isInstanceOf(ReviewRefused.class);
        }
    }

    @Nested
    class QualityAndRerouting {

        @Test
        void intakesFindingsTravelWithTheItem() {
            Quality quality = new Quality(List.of(Quality.Flag.TOO_LONG),
                    List.of(new Quality.PossibleDuplicate(new ReportId("r-0"), "SQ-2026-000101", 0.87)));
            ReviewItem item = ReviewItem.route(new RoutedReport(UUID.randomUUID(), new ReportId("r-1"),
                    "SQ-2026-000123", 1, "economy", 2, NOW, NOW, ReviewItemFixture.content(), quality, null), LIMITS);

            assertThat(item.quality()).isEqualTo(quality);
        }

        @Test
        void aReportMovedToAnotherCommitteeRemembersWhereItCameFromAndDropsItsClaim() {
            ReviewItem item = underReview("economy");

            item.reroute(routing(item.id(), "agriculture", 1, 4), LIMITS);

            assertThat(item.previousCommittee()).isEqualTo("economy");
            assertThat(item.claim()).isNull();
        }
    }

    @Nested
    class Transferring {

        private final List<UnitAssignment> units = List.of(
                UnitAssignment.lead("housing-construction", LocalDate.of(2026, 4, 30)),
                UnitAssignment.support("finance", LocalDate.of(2026, 4, 30)));

        @Test
        void theOfficeTransfersAnAdoptedReportStraightToTheUnitsWhichForwardsIt() {
            ReviewItem item = adopted("economy");

            ReportTransferred transferred = item.transfer("请住建局牵头研究加装电梯补助办法", units, Actor.office(), NOW);

            assertThat(transferred.status()).isEqualTo(ReportStatus.FORWARDED);
            assertThat(transferred.previousStatus()).isEqualTo(ReportStatus.ADOPTED);
            assertThat(transferred.sequence()).isEqualTo(5);
            assertThat(transferred.actor()).isEqualTo(Actor.office());
            assertThat(transferred.transfer().note()).isEqualTo("请住建局牵头研究加装电梯补助办法");
            assertThat(transferred.transfer().units()).isEqualTo(units);
            assertThat(transferred.transfer().transferredBy()).isEqualTo("office");
            assertThat(item.status()).isEqualTo(ReportStatus.FORWARDED);
            assertThat(item.transfer()).isEqualTo(transferred.transfer());
        }

        @Test
        void aPublishedReportMayBeTransferredToo() {
            ReviewItem item = adopted("economy");
            item.publish(issue(IssueKind.REGULAR, 3), LEADERS, Actor.office(), NOW);

            assertThat(item.transfer("转送", units, Actor.office(), NOW).previousStatus())
                    .isEqualTo(ReportStatus.PUBLISHED);
        }

        @Test
        void onlyAnAdoptedOrPublishedReportIsTransferredAndOnlyOnce() {
            ReviewItem underReview = underReview("economy");
            assertThatThrownBy(() -> underReview.transfer("转送", units, Actor.office(), NOW))
                    .isInstanceOf(IllegalTransition.class);

            ReviewItem sent = adopted("economy");
            sent.sendToLeaders(LEADERS, Actor.office(), NOW);
            assertThatThrownBy(() -> sent.transfer("转送", units, Actor.office(), NOW))
                    .isInstanceOf(IllegalTransition.class)
                    .satisfies(e -> assertThat(((IllegalTransition) e).current())
                            .isEqualTo(ReportStatus.SENT_TO_LEADERS));

            ReviewItem transferred = adopted("economy");
            transferred.transfer("转送", units, Actor.office(), NOW);
            assertThatThrownBy(() -> transferred.transfer("再转送", units, Actor.office(), NOW))
                    .isInstanceOf(IllegalTransition.class)
                    .satisfies(e -> assertThat(((IllegalTransition) e).current()).isEqualTo(ReportStatus.FORWARDED));
            assertThatThrownBy(() -> transferred.sendToLeaders(LEADERS, Actor.office(), NOW))
                    .isInstanceOf(IllegalTransition.class);
        }

        @Test
        void onlyTheOfficeTransfers() {
            assertThatThrownBy(() -> adopted("economy").transfer("转送", units, ECONOMY, NOW))
                    .isInstanceOf(ReviewRefused.class);
        }
    }

    @Nested
    class ReviewTimeLimit {

        /** Routed on Sunday 15 March 2026 in the county: ten working days end on Friday 27 March. */
        private final LocalDate due = LocalDate.of(2026, 3, 27);
        private final Instant overdue = Instant.parse("2026-03-27T16:00:00Z");

        @Test
        void aRoutedReportIsDueAfterItsCommitteesLimitInWorkingDays() {
            ReviewItem item = routedTo("economy");

            assertThat(item.stint().committee()).isEqualTo("economy");
            assertThat(item.stint().due()).isEqualTo(due);
            assertThat(item.reviewAttentionAt()).isEqualTo(overdue);
        }

        @Test
        void nothingIsFlaggedBeforeTheLimitHasPassed() {
            ReviewItem item = routedTo("economy");

            assertThat(item.flagIfReviewOverdue(overdue.minusSeconds(1))).isEmpty();
            assertThat(item.stint().isFlagged()).isFalse();
        }

        @Test
        void anUndecidedReportPastItsLimitIsFlaggedOnceBySystemAtItsCurrentSequence() {
            ReviewItem item = underReview("economy");

            ReviewOverdue flag = item.flagIfReviewOverdue(overdue).orElseThrow();

            assertThat(flag.committee()).isEqualTo("economy");
            assertThat(flag.due()).isEqualTo(due);
            assertThat(flag.actor()).isEqualTo(Actor.system());
            assertThat(flag.sequence()).isEqualTo(3);
            assertThat(item.sequence()).as("a flag does not advance the sequence").isEqualTo(3);
            assertThat(item.status()).isEqualTo(ReportStatus.UNDER_REVIEW);
            assertThat(item.stint().flaggedAt()).isEqualTo(overdue);
            assertThat(item.reviewAttentionAt()).isNull();
            assertThat(item.flagIfReviewOverdue(overdue.plusSeconds(3600))).isEmpty();
        }

        @Test
        void aDecidedOrWithdrawnReportIsNotFlagged() {
            ReviewItem decided = adopted("economy");
            assertThat(decided.reviewAttentionAt()).isNull();
            assertThat(decided.flagIfReviewOverdue(overdue.plusSeconds(86_400))).isEmpty();

            ReviewItem withdrawn = routedTo("economy");
            withdrawn.observe(announced(ReportStatus.WITHDRAWN, 3));
            assertThat(withdrawn.flagIfReviewOverdue(overdue.plusSeconds(86_400))).isEmpty();
        }

        @Test
        void aReroutingToAnotherCommitteeStartsANewStintThatMayBeFlaggedAgain() {
            ReviewItem item = routedTo("economy");
            item.flagIfReviewOverdue(overdue);

            item.reroute(new RoutedReport(UUID.randomUUID(), item.id(), "SQ-2026-000123", 1, "agriculture", 4,
                    NOW, overdue.plusSeconds(3600), ReviewItemFixture.content()), LIMITS);

            assertThat(item.stint().committee()).isEqualTo("agriculture");
            assertThat(item.stint().isFlagged()).isFalse();
            assertThat(item.stint().due()).as("ten working days from Saturday 28 March in the county")
                    .isEqualTo(LocalDate.of(2026, 4, 10));
            assertThat(item.flagIfReviewOverdue(Instant.parse("2026-04-10T15:59:59Z"))).isEmpty();
            assertThat(item.flagIfReviewOverdue(Instant.parse("2026-04-10T16:00:00Z"))).isPresent();
        }

        @Test
        void aRoutingAgainToTheSameCommitteeKeepsTheStint() {
            ReviewItem item = routedTo("economy");
            ReviewStint first = item.stint();

            assertThat(item.reroute(routing(item.id(), "economy", 1, 4), LIMITS)).isTrue();

            assertThat(item.stint()).isEqualTo(first);
        }

        @Test
        void aRevisionAfterAReturnIsANewStint() {
            ReviewItem item = underReview("economy");
            item.flagIfReviewOverdue(overdue);
            item.decide(new Decision.ReturnForRevision("请补充数据"), ECONOMY, overdue);
            item.observe(announced(ReportStatus.SUBMITTED, 5));

            item.reroute(new RoutedReport(UUID.randomUUID(), item.id(), "SQ-2026-000123", 2, "economy", 6, NOW,
                    Instant.parse("2026-04-01T02:00:00Z"), ReviewItemFixture.content()), LIMITS);

            assertThat(item.stint().isFlagged()).isFalse();
            assertThat(item.stint().due()).isEqualTo(LocalDate.of(2026, 4, 15));
        }

        @Test
        void anItemStoredBeforeTimeLimitsIsTimedFromItsRouting() {
            ReviewItem timed = routedTo("economy");
            ReviewItem untimed = ReviewItem.restore(ReviewItemFixture.storedWithoutStint(timed));

            assertThat(untimed.stint()).isNull();
            assertThat(untimed.timeAgainst(LIMITS)).isTrue();
            assertThat(untimed.stint()).isEqualTo(timed.stint());
            assertThat(untimed.timeAgainst(LIMITS)).isFalse();
            assertThat(adopted("economy").timeAgainst(LIMITS)).as("only a report in a queue is timed").isFalse();
        }
    }
}
