package org.minyi.review.queue.domain;

import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minyi.review.queue.domain.ReviewItemFixture.NOW;
import static org.minyi.review.queue.domain.ReviewItemFixture.adopted;
import static org.minyi.review.queue.domain.ReviewItemFixture.announced;
import static org.minyi.review.queue.domain.ReviewItemFixture.routedTo;
import static org.minyi.review.queue.domain.ReviewItemFixture.routing;
import static org.minyi.review.queue.domain.ReviewItemFixture.underReview;

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
            ReviewItem item = ReviewItem.route(routed);

            assertThat(item.reroute(routed)).isFalse();
            assertThat(item.appliedEvents()).containsExactly(routed.eventId());
        }

        @Test
        void aNewerRevisionAfterAReturnStartsTheReviewAfresh() {
            ReviewItem item = underReview("economy");
            item.decide(new Decision.ReturnForRevision("请补充数据"), ECONOMY, NOW);
            item.observe(announced(ReportStatus.SUBMITTED, 5));

            assertThat(item.reroute(routing(item.id(), "economy", 2, 6))).isTrue();

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

            assertThat(item.reroute(routing(item.id(), "economy", 2, 6))).isTrue();
            assertThat(item.status()).isEqualTo(ReportStatus.ROUTED);
            assertThat(item.claim(ECONOMY, NOW).sequence()).isEqualTo(7);
        }

        @Test
        void anOlderRevisionArrivingLateIsIgnored() {
            ReviewItem item = routedTo("economy");
            item.reroute(routing(item.id(), "economy", 3, 9));

            assertThat(item.reroute(routing(item.id(), "economy", 2, 6))).isFalse();
            assertThat(item.revision()).isEqualTo(3);
        }

        @Test
        void theSameRevisionRoutedAgainBeforeADecisionMovesToTheNewCommittee() {
            ReviewItem item = underReview("economy");

            assertThat(item.reroute(routing(item.id(), "agriculture", 1, 4))).isTrue();

            assertThat(item.committee()).isEqualTo("agriculture");
            assertThat(item.status()).isEqualTo(ReportStatus.ROUTED);
            assertThat(item.sequence()).isEqualTo(4);
        }

        @Test
        void aDecidedReportIsNotMovedByALateRoutingOfTheSameRevision() {
            ReviewItem item = adopted("economy");

            assertThat(item.reroute(routing(item.id(), "agriculture", 1, 9))).isFalse();
            assertThat(item.status()).isEqualTo(ReportStatus.ADOPTED);
        }
    }

    @Nested
    class Claiming {

        @Test
        void aReviewerOfTheCommitteeClaimsARoutedReportAtTheNextSequence() {
            ReviewItem item = routedTo("economy");

            ReportClaimed claimed = item.claim(ECONOMY, NOW);

            assertThat(claimed.sequence()).isEqualTo(3);
            assertThat(claimed.previousStatus()).isEqualTo(ReportStatus.ROUTED);
            assertThat(claimed.status()).isEqualTo(ReportStatus.UNDER_REVIEW);
            assertThat(item.status()).isEqualTo(ReportStatus.UNDER_REVIEW);
            assertThat(item.claimedBy()).isEqualTo("reviewer-economy");
            assertThat(item.status().isInQueue()).isTrue();
        }

        @Test
        void aReportUnderReviewCannotBeClaimedAgain() {
            ReviewItem item = underReview("economy");

            assertThatThrownBy(() -> item.claim(ECONOMY, NOW)).isInstanceOf(IllegalTransition.class)
                    .satisfies(e -> assertThat(((IllegalTransition) e).current()).isEqualTo(ReportStatus.UNDER_REVIEW));
        }

        @Test
        void aReviewerOfAnotherCommitteeOrTheOfficeMayNotClaim() {
            ReviewItem item = routedTo("economy");

            assertThatThrownBy(() -> item.claim(Actor.reviewer("agriculture"), NOW)).isInstanceOf(ReviewRefused.class);
            assertThatThrownBy(() -> item.claim(Actor.office(), NOW)).isInstanceOf(ReviewRefused.class);
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
        void decliningRecordsTheReason() {
            ReviewItem item = underReview("economy");

            ReviewEvent event = item.decide(new Decision.Decline("DUPLICATE", "与SQ-2026-000101重复"), ECONOMY, NOW);

            assertThat(event).isInstanceOfSatisfying(ReportDeclined.class,
                    declined -> assertThat(declined.reason()).isEqualTo("DUPLICATE"));
            assertThat(item.status()).isEqualTo(ReportStatus.NOT_ADOPTED);
            assertThat(item.decision().grade()).isNull();
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

            ReportSentToLeaders sent = item.sendToLeaders(Actor.office(), NOW);

            assertThat(sent.sequence()).isEqualTo(5);
            assertThat(sent.grade()).isEqualTo(Grade.A);
            assertThat(sent.previousStatus()).isEqualTo(ReportStatus.ADOPTED);
            assertThat(item.status()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
            assertThat(item.sentToLeadersAt()).isEqualTo(NOW);
        }

        @Test
        void onlyAnAdoptedReportIsSent() {
            ReviewItem underReview = underReview("economy");
            assertThatThrownBy(() -> underReview.sendToLeaders(Actor.office(), NOW))
                    .isInstanceOf(IllegalTransition.class);

            ReviewItem sent = adopted("economy");
            sent.sendToLeaders(Actor.office(), NOW);
            assertThatThrownBy(() -> sent.sendToLeaders(Actor.office(), NOW))
                    .isInstanceOf(IllegalTransition.class)
                    .satisfies(e -> assertThat(((IllegalTransition) e).current())
                            .isEqualTo(ReportStatus.SENT_TO_LEADERS));
        }

        @Test
        void aReviewerDoesNotSendToTheLeaders() {
            assertThatThrownBy(() -> adopted("economy").sendToLeaders(ECONOMY, NOW)).isInstanceOf(ReviewRefused.class);
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
            assertThat(item.claim(ECONOMY, NOW).sequence()).isEqualTo(6);
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
            assertThatThrownBy(() -> item.claim(ECONOMY, NOW)).isInstanceOf(IllegalTransition.class);
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

            assertThat(item.reroute(routing(item.id(), "economy", 2, 5))).isFalse();
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
}
