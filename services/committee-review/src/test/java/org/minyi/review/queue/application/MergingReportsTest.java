package org.minyi.review.queue.application;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.minyi.chassis.problem.FieldProblem;
import org.minyi.chassis.problem.InvalidInput;
import org.minyi.review.queue.application.MergingReports.MergeCommand;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.CompositeDraft;
import org.minyi.review.queue.domain.CompositeNumbers;
import org.minyi.review.queue.domain.Grade;
import org.minyi.review.queue.domain.IllegalTransition;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReportStatus;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItemFixture;
import org.minyi.review.queue.domain.StatusObservation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minyi.review.queue.domain.ReviewItemFixture.NOW;

class MergingReportsTest {

    private static final Actor ECONOMY = Actor.reviewer("economy");

    private final InMemoryReviewItems items = new InMemoryReviewItems();
    private final AtomicLong serial = new AtomicLong();
    private final CompositeNumbers numbers = year -> CompositeNumbers.format(year, serial.incrementAndGet());
    private final MergingReports merging = new MergingReports(items, numbers, Clock.fixed(NOW, ZoneOffset.UTC),
            ZoneId.of("Asia/Shanghai"));

    private final ReviewItem first = items.given(ReviewItemFixture.routedTo("economy", "SQ-2026-000101",
            List.of("m0001", "m0002")));
    private final ReviewItem second = items.given(ReviewItemFixture.routedTo("economy", "SQ-2026-000102",
            List.of("m0017")));

    @Test
    void mergingMakesTheConstituentsMergedAndAnnouncesTheCompositeAdopted() {
        ReviewItem composite = merging.merge(command(first.id(), second.id()), ECONOMY);

        assertThat(composite.status()).isEqualTo(ReportStatus.ADOPTED);
        assertThat(composite.trackingNumber()).isEqualTo("ZH-2026-000001");
        assertThat(composite.committee()).isEqualTo("economy");
        assertThat(composite.content().authors()).containsExactly("m0001", "m0002", "m0017");
        assertThat(composite.sequence()).isEqualTo(1);
        for (ReviewItem constituent : List.of(first, second)) {
            ReviewItem merged = items.get(constituent.id());
            assertThat(merged.status()).isEqualTo(ReportStatus.MERGED);
            assertThat(merged.mergedInto()).isEqualTo(composite.id());
            assertThat(items.eventsOf(constituent.id())).extracting(InMemoryReviewItems::name)
                    .containsExactly("ReportMerged");
        }
        assertThat(items.eventsOf(composite.id())).extracting(InMemoryReviewItems::name).containsExactly("ReportsMerged");
    }

    @Test
    void aCrashRightAfterPlanningIsCompletedByTheSweep() {
        items.crashOnWriteOf(item -> item.id().equals(first.id()));

        ReviewItem pending = merging.merge(command(first.id(), second.id()), ECONOMY);

        assertThat(pending.status()).isEqualTo(ReportStatus.MERGING);
        assertThat(items.get(first.id()).status()).isEqualTo(ReportStatus.ROUTED);
        assertThat(items.eventsOf(pending.id())).isEmpty();

        assertThat(merging.completePending(NOW.plusSeconds(1), 10)).isEqualTo(1);

        assertThat(items.get(pending.id()).status()).isEqualTo(ReportStatus.ADOPTED);
        assertThat(items.get(first.id()).status()).isEqualTo(ReportStatus.MERGED);
        assertThat(items.get(second.id()).status()).isEqualTo(ReportStatus.MERGED);
        assertThat(merging.completePending(NOW.plusSeconds(1), 10)).isZero();
    }

    @Test
    void aCrashHalfWayThroughTheConstituentsMergesEachOfThemExactlyOnce() {
        items.crashOnWriteOf(item -> item.id().equals(second.id()));
        ReviewItem pending = merging.merge(command(first.id(), second.id()), ECONOMY);
        assertThat(items.get(first.id()).status()).isEqualTo(ReportStatus.MERGED);
        assertThat(items.get(second.id()).status()).isEqualTo(ReportStatus.ROUTED);

        merging.completePending(NOW.plusSeconds(1), 10);

        assertThat(items.eventsOf(first.id())).hasSize(1);
        assertThat(items.eventsOf(second.id())).extracting(InMemoryReviewItems::name).containsExactly("ReportMerged");
        ReviewItem composite = items.get(pending.id());
        assertThat(composite.status()).isEqualTo(ReportStatus.ADOPTED);
        assertThat(composite.content().authors()).containsExactly("m0001", "m0002", "m0017");
        assertThat(items.eventsOf(pending.id())).hasSize(1);
    }

    @Test
    void aConstituentThatLeftTheQueueMeanwhileIsSkippedAndNotCredited() {
        ReviewItem planned = merging.plan(command(first.id(), second.id()), ECONOMY);
        withdraw(second.id());

        ReviewItem composite = merging.complete(planned.id());

        assertThat(composite.status()).isEqualTo(ReportStatus.ADOPTED);
        assertThat(composite.content().authors()).containsExactly("m0001", "m0002");
        assertThat(composite.merge().skipped()).singleElement()
                .satisfies(s -> assertThat(s.status()).isEqualTo(ReportStatus.WITHDRAWN));
        assertThat(items.get(second.id()).status()).isEqualTo(ReportStatus.WITHDRAWN);
    }

    @Test
    void aCompositeWithNothingLeftToMergeIsDiscardedUnannounced() {
        ReviewItem planned = merging.plan(command(first.id(), second.id()), ECONOMY);
        withdraw(first.id());
        withdraw(second.id());

        assertThatThrownBy(() -> merging.complete(planned.id())).isInstanceOf(IllegalTransition.class);

        assertThat(items.find(planned.id())).isEmpty();
        assertThat(items.eventsOf(planned.id())).isEmpty();
    }

    @Test
    void theSweepLeavesAMergeAloneUntilItHasWaitedLongEnough() {
        merging.plan(command(first.id(), second.id()), ECONOMY);

        assertThat(merging.completePending(NOW, 10)).isZero();
        assertThat(merging.completePending(NOW.plus(Duration.ofSeconds(30)), 10)).isEqualTo(1);
    }

    @Test
    void constituentsMustBeKnownVisibleDistinctAndAtLeastTwo() {
        ReviewItem elsewhere = items.given(ReviewItemFixture.routedTo("education"));

        assertThat(fields(() -> merging.merge(command(first.id(), new ReportId("nope")), ECONOMY)))
                .containsExactly("constituents[1]");
        assertThat(fields(() -> merging.merge(command(first.id(), elsewhere.id()), ECONOMY)))
                .containsExactly("constituents[1]");
        assertThat(fields(() -> merging.merge(command(first.id(), first.id()), ECONOMY)))
                .containsExactly("constituents[1]");
        assertThat(fields(() -> merging.merge(command(first.id()), ECONOMY))).containsExactly("constituents");
        assertThat(fields(() -> merging.merge(command(first.id(), elsewhere.id()), Actor.office())))
                .containsExactly("committee");
    }

    @Test
    void aDecidedConstituentRefusesTheWholeMergeBeforeAnythingIsWritten() {
        ReviewItem adopted = items.given(ReviewItemFixture.adopted("economy"));
        long before = serial.get();

        assertThatThrownBy(() -> merging.merge(command(first.id(), adopted.id()), ECONOMY))
                .isInstanceOf(IllegalTransition.class)
                .satisfies(e -> assertThat(((IllegalTransition) e).current()).isEqualTo(ReportStatus.ADOPTED));
        assertThat(items.get(first.id()).status()).isEqualTo(ReportStatus.ROUTED);
        assertThat(serial.get()).isEqualTo(before);
    }

    private void withdraw(ReportId id) {
        ReviewItem item = items.get(id);
        item.observe(new StatusObservation(UUID.randomUUID(), ReportStatus.WITHDRAWN, item.sequence() + 1, NOW));
        items.update(item, List.of());
    }

    private static MergeCommand command(ReportId... ids) {
        return new MergeCommand(List.of(ids), new CompositeDraft("关于全县老旧小区加装电梯问题的综合反映", null, null, null,
                null, null), null, Grade.A, "综合采用");
    }

    private static List<String> fields(Runnable call) {
        try {
            call.run();
        } catch (InvalidInput e) {
            return e.problems().stream().map(FieldProblem::field).toList();
        }
        throw new AssertionError("no InvalidInput");
    }
}
