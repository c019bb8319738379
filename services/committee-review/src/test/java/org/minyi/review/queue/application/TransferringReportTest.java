package org.minyi.review.queue.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.IllegalTransition;
import org.minyi.review.queue.domain.ReferenceDataFixture;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReportStatus;
import org.minyi.review.queue.domain.ReportTransferred;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItemFixture;
import org.minyi.review.queue.domain.UnitAssignment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.minyi.review.queue.domain.ReviewItemFixture.NOW;

class TransferringReportTest {

    /** NOW is Sunday 15 March 2026 in the county. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

    private final InMemoryReviewItems items = new InMemoryReviewItems();
    private final TransferringReport transferring = new TransferringReport(items, ReferenceDataFixture.UNITS,
            Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("Asia/Shanghai"));
    private final ReviewItem adopted = items.given(ReviewItemFixture.adopted("economy"));

    @Test
    void theReportIsForwardedToTheUnitsAndAnnouncedInTheSameWrite() {
        List<UnitAssignment> units = List.of(UnitAssignment.lead("housing-construction", TODAY),
                UnitAssignment.support("finance", TODAY.plusDays(30)));

        ReviewItem transferred = transferring.transfer(adopted.id(), "请研究办理", units, Actor.office(), List.of());

        assertThat(transferred.status()).isEqualTo(ReportStatus.FORWARDED);
        assertThat(items.get(adopted.id()).transfer().units()).isEqualTo(units);
        assertThat(items.eventsOf(adopted.id())).singleElement().isInstanceOf(ReportTransferred.class);
    }

    @Test
    void everyBadFieldIsNamedTogetherAndNothingChanges() {
        List<UnitAssignment> units = List.of(UnitAssignment.lead("housing-construction", TODAY.minusDays(1)),
                UnitAssignment.support("ministry-of-magic", TODAY));
        FieldProblem note = new FieldProblem("note", "required", "转送意见不能为空", "note is required");

        assertThatThrownBy(() -> transferring.transfer(adopted.id(), null, units, Actor.office(), List.of(note)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field, FieldProblem::code).containsExactly(
                                tuple("note", "required"),
                                tuple("units[0].deadline", "in_past"),
                                tuple("units[1].unit", "unknown")));
        assertThat(items.get(adopted.id()).status()).isEqualTo(ReportStatus.ADOPTED);
        assertThat(items.eventsOf(adopted.id())).isEmpty();
    }

    @Test
    void aReportNotAdoptedOrPublishedIsNotTransferredAndAnUnseenOneIsNotFound() {
        ReviewItem queued = items.given(ReviewItemFixture.routedTo("economy"));
        List<UnitAssignment> units = List.of(UnitAssignment.lead("finance", TODAY));

        assertThatThrownBy(() -> transferring.transfer(queued.id(), "转送", units, Actor.office(), List.of()))
                .isInstanceOf(IllegalTransition.class);
        assertThatThrownBy(() -> transferring.transfer(new ReportId("nope"), "转送", units, Actor.office(), List.of()))
                .isInstanceOf(ReportNotFound.class);
    }
}
