package org.minyi.dashboard.board.domain;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minyi.dashboard.board.domain.StatusChangeFixture.change;
import static org.minyi.dashboard.board.domain.StatusChangeFixture.reissued;
import static org.minyi.dashboard.board.domain.StatusChangeFixture.routedTo;
import static org.minyi.dashboard.board.domain.StatusChangeFixture.submitted;
import static org.minyi.dashboard.board.domain.StatusChangeFixture.traced;

class ReportProjectionTest {

    @Test
    void theFirstChangeSeenStartsTheProjectionAndItsFirstStage() {
        StatusChange submitted = submitted();

        ReportProjection projection = ReportProjection.first(submitted);

        assertThat(projection.status()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(projection.sequence()).isEqualTo(1);
        assertThat(projection.firstSeenAt()).isEqualTo(submitted.occurredAt());
        assertThat(projection.updatedAt()).isEqualTo(submitted.occurredAt());
        assertThat(projection.stages()).containsOnlyKeys(ReportStatus.SUBMITTED);
    }

    @Test
    void aNewerChangeMovesTheStatusAndRecordsWhenTheStageWasEntered() {
        StatusChange routed = routedTo("economy");

        ReportProjection projection = ReportProjection.first(submitted()).apply(routed);

        assertThat(projection.status()).isEqualTo(ReportStatus.ROUTED);
        assertThat(projection.previousStatus()).isEqualTo(ReportStatus.SUBMITTED);
        assertThat(projection.sequence()).isEqualTo(2);
        assertThat(projection.committee()).isEqualTo("economy");
        assertThat(projection.updatedAt()).isEqualTo(routed.occurredAt());
        assertThat(projection.stages()).containsOnlyKeys(ReportStatus.SUBMITTED, ReportStatus.ROUTED)
                .containsEntry(ReportStatus.ROUTED, routed.occurredAt());
    }

    @Test
    void theSameChangeDeliveredTwiceChangesNothing() {
        StatusChange routed = routedTo("economy");
        ReportProjection once = ReportProjection.first(submitted()).apply(routed);

        assertThat(once.apply(routed)).isSameAs(once);
        assertThat(once.apply(reissued(routed))).isSameAs(once);
    }

    @Test
    void aStaleChangeThatArrivesLateIsIgnored() {
        ReportProjection routed = ReportProjection.first(routedTo("economy"));

        ReportProjection after = routed.apply(submitted());

        assertThat(after).isSameAs(routed);
        assertThat(after.status()).isEqualTo(ReportStatus.ROUTED);
        assertThat(after.stages()).containsOnlyKeys(ReportStatus.ROUTED);
    }

    @Test
    void theCommitteeOnceKnownIsKeptWhenALaterChangeDoesNotCarryIt() {
        ReportProjection underReview = ReportProjection.first(submitted()).apply(routedTo("economy"))
                .apply(change(ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 3, null));

        assertThat(underReview.status()).isEqualTo(ReportStatus.UNDER_REVIEW);
        assertThat(underReview.committee()).isEqualTo("economy");
    }

    @Test
    void reenteringAStageRecordsTheLatestEntry() {
        StatusChange resubmitted = change(ReportStatus.SUBMITTED, ReportStatus.RETURNED, 4, null);

        ReportProjection projection = ReportProjection.first(submitted()).apply(routedTo("economy"))
                .apply(change(ReportStatus.RETURNED, ReportStatus.ROUTED, 3, null)).apply(resubmitted);

        assertThat(projection.stages()).containsEntry(ReportStatus.SUBMITTED, resubmitted.occurredAt());
        assertThat(projection.firstSeenAt()).isEqualTo(submitted().occurredAt());
    }

    @Test
    void everyAppliedChangeAddsAStepToThePathAndStaleOnesDoNot() {
        StatusChange routed = routedTo("economy");

        ReportProjection projection = ReportProjection.first(submitted()).apply(routed).apply(submitted());

        assertThat(projection.path()).extracting(StageEntry::status)
                .containsExactly(ReportStatus.SUBMITTED, ReportStatus.ROUTED);
        assertThat(projection.path().get(1).at()).isEqualTo(routed.occurredAt());
    }

    @Test
    void anOverdueFlagCountsUntilTheNextStatusChange() {
        ReportProjection inHandling = ReportProjection.first(change(ReportStatus.IN_HANDLING, ReportStatus.INSTRUCTED,
                8, "economy"));
        OverdueFlag housing = flag(8, "housing");

        ReportProjection overdue = inHandling.flag(housing).flag(flag(8, "finance"));
        ReportProjection handled = overdue.apply(change(ReportStatus.HANDLED, ReportStatus.IN_HANDLING, 9, null));

        assertThat(overdue.overdue()).extracting(OverdueFlag::unit).containsExactly("housing", "finance");
        assertThat(overdue.overdueSince()).isEqualTo(housing.flaggedAt());
        assertThat(handled.overdue()).isEmpty();
        assertThat(handled.overdueSince()).isNull();
    }

    @Test
    void aFlagOvertakenByALaterStatusChangeOrDeliveredTwiceChangesNothing() {
        ReportProjection handled = ReportProjection.first(change(ReportStatus.HANDLED, ReportStatus.IN_HANDLING,
                9, "economy"));
        OverdueFlag late = flag(8, "housing");
        ReportProjection inHandling = ReportProjection.first(change(ReportStatus.IN_HANDLING, ReportStatus.INSTRUCTED,
                8, "economy")).flag(late);

        assertThat(handled.flag(late)).isSameAs(handled);
        assertThat(inHandling.flag(late)).isSameAs(inHandling);
    }

    @Test
    void aReviewOverdueFlagCountsThroughAClaimUntilTheCommitteeDecides() {
        ReportProjection routed = ReportProjection.first(submitted()).apply(routedTo("economy"));
        ReviewOverdueFlag slow = reviewFlag(2, "economy");

        ReportProjection flagged = routed.flag(slow);
        ReportProjection claimed = flagged.apply(change(ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 3, null));
        ReportProjection adopted = claimed.apply(change(ReportStatus.ADOPTED, ReportStatus.UNDER_REVIEW, 4, null));

        assertThat(flagged.reviewOverdue()).isEqualTo(slow);
        assertThat(flagged.reviewOverdueSince()).isEqualTo(slow.flaggedAt());
        assertThat(claimed.reviewOverdue()).as("a claim is the same stint").isEqualTo(slow);
        assertThat(adopted.reviewOverdue()).as("the decision ends it").isNull();
        assertThat(adopted.reviewOverdueSince()).isNull();
    }

    @Test
    void aReroutingOrAReturnStartsANewStintWithoutTheFlag() {
        ReportProjection flagged = ReportProjection.first(submitted()).apply(routedTo("economy"))
                .flag(reviewFlag(2, "economy"));

        ReportProjection rerouted = flagged.apply(change(ReportStatus.ROUTED, ReportStatus.ROUTED, 3, "education"));
        ReportProjection returned = flagged.apply(change(ReportStatus.RETURNED, ReportStatus.ROUTED, 3, null));
        ReportProjection withdrawn = flagged.apply(change(ReportStatus.WITHDRAWN, ReportStatus.ROUTED, 3, null));

        assertThat(rerouted.reviewOverdue()).isNull();
        assertThat(rerouted.flag(reviewFlag(3, "education")).reviewOverdue().committee()).isEqualTo("education");
        assertThat(returned.reviewOverdue()).isNull();
        assertThat(withdrawn.reviewOverdue()).isNull();
    }

    @Test
    void aReviewOverdueFlagRepeatedOvertakenOrOutsideReviewChangesNothing() {
        ReviewOverdueFlag slow = reviewFlag(2, "economy");
        ReportProjection flagged = ReportProjection.first(submitted()).apply(routedTo("economy")).flag(slow);
        ReportProjection claimed = ReportProjection.first(submitted()).apply(routedTo("economy"))
                .apply(change(ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 3, null));
        ReportProjection adopted = ReportProjection.first(change(ReportStatus.ADOPTED, ReportStatus.UNDER_REVIEW, 4,
                "economy"));

        assertThat(flagged.flag(slow)).as("the same flag again").isSameAs(flagged);
        assertThat(flagged.flag(reviewFlag(2, "economy"))).as("a stint is flagged once").isSameAs(flagged);
        assertThat(claimed.flag(slow)).as("raised before a later change").isSameAs(claimed);
        assertThat(adopted.flag(reviewFlag(4, "economy"))).as("decided already").isSameAs(adopted);
    }

    @Test
    void aReviewOverdueFlagLeavesTheHandlingOverdueListAlone() {
        ReportProjection flagged = ReportProjection.first(submitted()).apply(routedTo("economy"))
                .flag(reviewFlag(2, "economy"));

        assertThat(flagged.overdue()).isEmpty();
        assertThat(flagged.overdueSince()).isNull();
    }

    @Test
    void aTransferMovesAnAdoptedOrPublishedReportStraightToForwarded() {
        ReportProjection adopted = ReportProjection.first(change(ReportStatus.ADOPTED, ReportStatus.UNDER_REVIEW, 4,
                "economy"));
        StatusChange transferred = change(ReportStatus.FORWARDED, ReportStatus.ADOPTED, 5, null);
        ReportProjection published = adopted.apply(change(ReportStatus.PUBLISHED, ReportStatus.ADOPTED, 5, null));

        ReportProjection fromAdopted = adopted.apply(transferred)
                .apply(change(ReportStatus.IN_HANDLING, ReportStatus.FORWARDED, 6, null));
        ReportProjection fromPublished = published.apply(change(ReportStatus.FORWARDED, ReportStatus.PUBLISHED, 6,
                null));

        assertThat(fromAdopted.status()).isEqualTo(ReportStatus.IN_HANDLING);
        assertThat(fromAdopted.path()).extracting(StageEntry::status)
                .containsExactly(ReportStatus.ADOPTED, ReportStatus.FORWARDED, ReportStatus.IN_HANDLING);
        assertThat(fromAdopted.stages()).containsEntry(ReportStatus.FORWARDED, transferred.occurredAt())
                .doesNotContainKey(ReportStatus.SENT_TO_LEADERS);
        assertThat(fromPublished.status()).isEqualTo(ReportStatus.FORWARDED);
        assertThat(fromPublished.previousStatus()).isEqualTo(ReportStatus.PUBLISHED);
    }

    @Test
    void theProjectionKeepsTheTraceOfTheChangeThatSetItsCurrentStatus() {
        String submission = "4bf92f3577b34da6a3ce929d0e0e4736";
        String routing = "0af7651916cd43dd8448eb211c80319c";
        ReportProjection submitted = ReportProjection.first(traced(submitted(), submission));

        ReportProjection routed = submitted.apply(traced(routedTo("economy"), routing));
        ReportProjection afterStale = routed.apply(traced(submitted(), "ffffffffffffffffffffffffffffffff"));
        ReportProjection flagged = routed.flag(flag(2, "housing"));
        ReportProjection untraced = routed.apply(change(ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 3, null));

        assertThat(submitted.traceId()).isEqualTo(submission);
        assertThat(routed.traceId()).isEqualTo(routing);
        assertThat(afterStale.traceId()).as("a stale change leaves the trace").isEqualTo(routing);
        assertThat(flagged.traceId()).as("a flag is not a status change").isEqualTo(routing);
        assertThat(untraced.traceId()).as("a change without a trace is not given an older one").isNull();
    }

    @Test
    void aChangeOfAnotherReportIsRefused() {
        ReportProjection projection = ReportProjection.first(submitted());
        StatusChange other = new StatusChange(UUID.randomUUID(), "another", null, ReportStatus.ROUTED, null,
                2, StatusChangeFixture.START, null, null, null, null);

        assertThatThrownBy(() -> projection.apply(other)).isInstanceOf(IllegalArgumentException.class);
    }

    private static OverdueFlag flag(long sequence, String unit) {
        return new OverdueFlag(UUID.randomUUID(), StatusChangeFixture.REPORT, unit, sequence,
                StatusChangeFixture.START.plusSeconds(3600L * sequence + unit.length()));
    }

    private static ReviewOverdueFlag reviewFlag(long sequence, String committee) {
        return new ReviewOverdueFlag(UUID.randomUUID(), StatusChangeFixture.REPORT, committee, sequence,
                StatusChangeFixture.START.plusSeconds(86_400L * 14 + sequence));
    }

    @Test
    void aReviewOverdueFlagWithoutItsCommitteeCannotBeMade() {
        assertThatThrownBy(() -> new ReviewOverdueFlag(UUID.randomUUID(), StatusChangeFixture.REPORT, null, 2,
                StatusChangeFixture.START)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void aChangeWithoutASequenceCannotBeMade() {
        assertThatThrownBy(() -> change(ReportStatus.ROUTED, ReportStatus.SUBMITTED, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
