package org.minyi.review.queue.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.minyi.chassis.audit.AutomaticSteps;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.Decision;
import org.minyi.review.queue.domain.Grade;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItemFixture;
import org.minyi.review.queue.domain.ReviewOverdue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.review.queue.domain.ReviewItemFixture.LIMITS;
import static org.minyi.review.queue.domain.ReviewItemFixture.NOW;

class WatchingReviewTimeLimitsTest {

    /** Routed on Sunday 15 March 2026 in the county; ten working days later it is overdue from this instant. */
    private static final Instant OVERDUE = Instant.parse("2026-03-27T16:00:00Z");

    private final InMemoryReviewItems items = new InMemoryReviewItems();
    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    };
    private final WatchingReviewTimeLimits watching = new WatchingReviewTimeLimits(items, LIMITS, clock,
            AutomaticSteps.none());

    @Test
    void eachUndecidedReportPastItsLimitIsFlaggedOnceInTheWriteThatRemembersIt() {
        ReviewItem waiting = items.given(ReviewItemFixture.routedTo("economy"));
        ReviewItem claimed = items.given(ReviewItemFixture.underReview("agriculture"));

        now.set(OVERDUE.minusSeconds(1));
        assertThat(watching.flagOverdue()).isZero();

        now.set(OVERDUE);
        assertThat(watching.flagOverdue()).isEqualTo(2);
        assertThat(watching.flagOverdue()).as("flagged once per stint").isZero();

        assertThat(items.eventsOf(waiting.id())).singleElement().isInstanceOfSatisfying(ReviewOverdue.class, flag -> {
            assertThat(flag.committee()).isEqualTo("economy");
            assertThat(flag.actor()).isEqualTo(Actor.system());
            assertThat(flag.sequence()).isEqualTo(2);
        });
        assertThat(items.get(claimed.id()).stint().isFlagged()).isTrue();
        assertThat(items.eventsOf(claimed.id())).hasSize(1);
    }

    @Test
    void aReportDecidedInTimeIsNeverFlagged() {
        ReviewItem decided = ReviewItemFixture.underReview("economy");
        decided.decide(new Decision.Adopt(Grade.B, null), Actor.reviewer("economy"), OVERDUE.minusSeconds(60));
        items.given(decided);

        now.set(OVERDUE.plusSeconds(86_400));

        assertThat(watching.flagOverdue()).isZero();
        assertThat(items.eventsOf(decided.id())).isEmpty();
    }

    @Test
    void itemsStoredBeforeTimeLimitsAreTimedOnceFromTheirRouting() {
        ReviewItem timed = ReviewItemFixture.routedTo("economy");
        ReviewItem legacy = items.given(ReviewItem.restore(ReviewItemFixture.storedWithoutStint(timed)));
        items.given(ReviewItemFixture.adopted("economy"));

        assertThat(watching.timeUntimedItems()).isEqualTo(1);
        assertThat(watching.timeUntimedItems()).isZero();

        assertThat(items.get(legacy.id()).stint()).isEqualTo(timed.stint());
        now.set(OVERDUE);
        assertThat(watching.flagOverdue()).isEqualTo(1);
        assertThat(items.eventsOf(legacy.id())).extracting(InMemoryReviewItems::name).containsExactly("ReviewOverdue");
    }

    @Test
    void flagsAreWrittenInBatchesUntilNothingIsLeft() {
        List<ReviewItem> many = new ArrayList<>();
        for (int i = 0; i < WatchingReviewTimeLimits.BATCH + 5; i++) {
            many.add(items.given(ReviewItemFixture.routedTo("economy")));
        }

        now.set(OVERDUE);

        assertThat(watching.flagOverdue()).isEqualTo(many.size());
        assertThat(many).allSatisfy(item -> assertThat(items.get(item.id()).stint().isFlagged()).isTrue());
    }
}
