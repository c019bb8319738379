package org.minyi.followup.handling.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minyi.followup.handling.domain.HandlingFixture.AUTHOR;
import static org.minyi.followup.handling.domain.HandlingFixture.FINANCE;
import static org.minyi.followup.handling.domain.HandlingFixture.HOUSING;
import static org.minyi.followup.handling.domain.HandlingFixture.LEAD_DEADLINE;
import static org.minyi.followup.handling.domain.HandlingFixture.NOW;
import static org.minyi.followup.handling.domain.HandlingFixture.SUPPORT_DEADLINE;
import static org.minyi.followup.handling.domain.HandlingFixture.handled;
import static org.minyi.followup.handling.domain.HandlingFixture.inHandling;
import static org.minyi.followup.handling.domain.HandlingFixture.passing;
import static org.minyi.followup.handling.domain.HandlingFixture.submittedAndAdopted;
import static org.minyi.followup.handling.domain.HandlingFixture.taskOf;

/** Deadlines, reminders, escalation, urging and the automatic closing, each on a clock the test moves. */
class DeadlinesTest {

    private static final Duration SECOND = Duration.ofSeconds(1);

    @Nested
    class Overdue {

        @Test
        void aTaskIsInTimeThroughItsWholeDeadlineDayInShanghai() {
            Handling handling = inHandling();

            assertThat(handling.watch(passing(SUPPORT_DEADLINE).minus(SECOND), List::of)).isEmpty();
            assertThat(handling.nextAttention()).isEqualTo(passing(SUPPORT_DEADLINE));
            assertThat(passing(SUPPORT_DEADLINE)).isEqualTo(Instant.parse("2026-04-30T16:00:00Z"));
        }

        @Test
        void aTaskPastItsDeadlineIsFlaggedOverdueOnceWithTheCurrentSequence() {
            Handling handling = inHandling();
            Instant after = passing(SUPPORT_DEADLINE);

            List<HandlingEvent> first = handling.watch(after, List::of);
            List<HandlingEvent> again = handling.watch(after.plusSeconds(3600), List::of);

            assertThat(first).singleElement().isInstanceOfSatisfying(TaskOverdue.class, overdue -> {
                assertThat(overdue.unit()).isEqualTo("finance");
                assertThat(overdue.deadline()).isEqualTo(SUPPORT_DEADLINE);
                assertThat(overdue.sequence()).as("a flag does not advance the sequence").isEqualTo(7);
            });
            assertThat(again).isEmpty();
            assertThat(handling.sequence()).isEqualTo(7);
            assertThat(handling.task(taskOf(handling, FINANCE)).isOverdue()).isTrue();
            assertThat(handling.task(taskOf(handling, HOUSING)).isOverdue()).isFalse();
        }

        @Test
        void aTaskFedBackInTimeIsNeverOverdue() {
            Handling handling = inHandling();
            handling.feedBack(taskOf(handling, FINANCE), FINANCE, FeedbackResult.B, "资金分两年安排", NOW);

            assertThat(handling.watch(passing(SUPPORT_DEADLINE), List::of)).isEmpty();
            assertThat(handling.nextAttention()).isEqualTo(passing(LEAD_DEADLINE));
        }

        @Test
        void aTaskWithoutADeadlineIsNeverOverdue() {
            Handling handling = Handling.open(HandlingFixture.assignment(Assignment.Kind.FORWARD, 3,
                    new Assignment.UnitAssignment("transport", UnitRole.LEAD, null)), HandlingFixture.RULES, NOW)
                    .handling();

            assertThat(handling.watch(NOW.plus(Duration.ofDays(3650)), List::of)).isEmpty();
            assertThat(handling.nextAttention()).isNull();
        }

        @Test
        void theOverdueUnitIsRemindedEveryWeekUntilItFeedsBack() {
            Handling handling = inHandling();
            Instant overdue = passing(SUPPORT_DEADLINE).plusSeconds(30);
            handling.watch(overdue, List::of);

            assertThat(handling.watch(overdue.plus(Duration.ofDays(7)).minus(SECOND), List::of))
                    .noneMatch(e -> e instanceof OverdueReminded);
            assertThat(handling.watch(overdue.plus(Duration.ofDays(7)), List::of))
                    .anySatisfy(e -> assertThat(e).isInstanceOf(OverdueReminded.class));

            handling.feedBack(taskOf(handling, FINANCE), FINANCE, FeedbackResult.C, "预算已用完", overdue);
            assertThat(handling.watch(overdue.plus(Duration.ofDays(14)), List::of)).isEmpty();
        }

        @Test
        void aTaskOverdueForAWeekGoesOnTheOfficesListOnce() {
            Handling handling = inHandling();
            handling.watch(passing(SUPPORT_DEADLINE), List::of);
            Instant aWeekLate = passing(SUPPORT_DEADLINE).plus(Duration.ofDays(7));

            assertThat(handling.watch(aWeekLate, List::of)).filteredOn(e -> e instanceof TaskEscalated)
                    .singleElement().satisfies(e -> assertThat(((TaskEscalated) e).unit()).isEqualTo("finance"));
            assertThat(handling.watch(aWeekLate.plus(Duration.ofDays(1)), List::of))
                    .noneMatch(e -> e instanceof TaskEscalated);
            assertThat(handling.task(taskOf(handling, FINANCE)).chasing().isEscalated()).isTrue();
        }

        @Test
        void aSchedulerThatWasAwayCatchesUpInOneLook() {
            Handling handling = inHandling();

            List<HandlingEvent> late = handling.watch(passing(LEAD_DEADLINE).plus(Duration.ofDays(8)), List::of);

            assertThat(late).extracting(e -> e.getClass().getSimpleName() + ":" + unitOf(e)).containsExactly(
                    "TaskOverdue:housing-construction", "TaskEscalated:housing-construction", "TaskOverdue:finance",
                    "TaskEscalated:finance");
        }

        @Test
        void aReopeningStartsTheChasingAfresh() {
            Handling late = inHandling();
            late.watch(passing(LEAD_DEADLINE), List::of);
            late.feedBack(taskOf(late, HOUSING), HOUSING, FeedbackResult.A, "done", passing(LEAD_DEADLINE));
            late.feedBack(taskOf(late, FINANCE), FINANCE, FeedbackResult.A, "done", passing(LEAD_DEADLINE));

            late.rate(AUTHOR, Rating.UNSATISFIED, null, passing(LEAD_DEADLINE));

            assertThat(late.tasks()).allSatisfy(t -> assertThat(t.chasing().isOverdue()).isFalse());
        }

        private static String unitOf(HandlingEvent e) {
            if (e instanceof TaskOverdue o) {
                return o.unit();
            }
            return e instanceof TaskEscalated x ? x.unit() : "?";
        }
    }

    @Nested
    class Urging {

        @Test
        void theOfficeUrgesEveryUnitThatHasYetToFeedBack() {
            Handling handling = inHandling();
            handling.feedBack(taskOf(handling, FINANCE), FINANCE, FeedbackResult.B, "资金分两年安排", NOW);

            List<UnitUrged> urged = handling.urge(Actor.office(), null, "请加快进度", NOW);

            assertThat(urged).singleElement().satisfies(u -> {
                assertThat(u.unit()).isEqualTo("housing-construction");
                assertThat(u.sequence()).isEqualTo(7);
                assertThat(u.comment()).isEqualTo("请加快进度");
            });
            assertThat(handling.task(taskOf(handling, HOUSING)).chasing().urgedTimes()).isEqualTo(1);
            assertThat(handling.sequence()).isEqualTo(7);
        }

        @Test
        void theOfficeMayUrgeOneUnitAtAnyTimeDuringHandling() {
            Handling handling = inHandling();

            assertThat(handling.urge(Actor.office(), "finance", null, NOW)).extracting(UnitUrged::unit)
                    .containsExactly("finance");
            assertThat(handling.urge(Actor.office(), "finance", null, NOW)).hasSize(1);
            assertThat(handling.task(taskOf(handling, FINANCE)).chasing().urgedTimes()).isEqualTo(2);
            assertThat(handling.task(taskOf(handling, HOUSING)).chasing().urgedTimes()).isZero();
        }

        @Test
        void aUnitThatFedBackOrHasNoTaskIsNotUrgedAndOnlyTheOfficeUrges() {
            Handling handling = inHandling();
            handling.feedBack(taskOf(handling, FINANCE), FINANCE, FeedbackResult.B, "资金分两年安排", NOW);

            assertThatThrownBy(() -> handling.urge(Actor.office(), "finance", null, NOW))
                    .isInstanceOf(IllegalTransition.class);
            assertThatThrownBy(() -> handling.urge(Actor.office(), "transport", null, NOW))
                    .isInstanceOf(UnitNotAssigned.class);
            assertThatThrownBy(() -> handling.urge(HOUSING, null, null, NOW)).isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> handled().urge(Actor.office(), null, null, NOW))
                    .isInstanceOf(IllegalTransition.class)
                    .satisfies(e -> assertThat(((IllegalTransition) e).current()).isEqualTo("HANDLED"));
        }
    }

    @Nested
    class ClosingByItself {

        @Test
        void aHandledReportNobodyRatedClosesItselfThirtyDaysLaterWithItsStages() {
            Handling handling = handled();
            Instant thirtyDays = NOW.plus(Duration.ofDays(30));
            assertThat(handling.nextAttention()).isEqualTo(thirtyDays);

            assertThat(handling.watch(thirtyDays.minus(SECOND), List::of)).isEmpty();
            List<HandlingEvent> closed = handling.watch(thirtyDays, HandlingFixture::submittedAndAdopted);

            assertThat(closed).singleElement().isInstanceOfSatisfying(HandlingClosed.class, c -> {
                assertThat(c.how()).isEqualTo(ClosedBy.AUTOMATIC);
                assertThat(c.closedBy().role()).isEqualTo(Role.SYSTEM);
                assertThat(c.sequence()).isEqualTo(9);
                assertThat(c.stages()).containsExactly(submittedAndAdopted().get(0), submittedAndAdopted().get(1),
                        new StageEntry(Stage.INSTRUCTED, NOW), new StageEntry(Stage.HANDLED, NOW),
                        new StageEntry(Stage.CLOSED, thirtyDays));
            });
            assertThat(handling.status()).isEqualTo(HandlingStatus.CLOSED);
            assertThat(handling.closing().how()).isEqualTo(ClosedBy.AUTOMATIC);
            assertThat(handling.nextAttention()).isNull();
            assertThat(handling.watch(thirtyDays.plus(Duration.ofDays(1)), List::of)).isEmpty();
        }

        @Test
        void aRatedReportWaitsForTheOffice() {
            Handling handling = handled();
            handling.rate(AUTHOR, Rating.BASICALLY_SATISFIED, null, NOW);

            assertThat(handling.watch(NOW.plus(Duration.ofDays(60)), List::of)).isEmpty();
            assertThat(handling.status()).isEqualTo(HandlingStatus.HANDLED);
        }

        @Test
        void aForwardedReportsStagesSayForwarded() {
            Handling handling = Handling.open(HandlingFixture.assignment(Assignment.Kind.FORWARD, 5,
                    HandlingFixture.lead("transport")), HandlingFixture.RULES, NOW).handling();
            Actor transport = Actor.unit("transport");
            handling.feedBack(taskOf(handling, transport), transport, FeedbackResult.A, "done", NOW);

            assertThat(handling.close(Actor.office(), List.of(), NOW).stages()).extracting(StageEntry::stage)
                    .containsExactly(Stage.FORWARDED, Stage.HANDLED, Stage.CLOSED);
        }
    }

    @Test
    void theLeadUnitsResultIsTheReportsResult() {
        Handling handling = inHandling();
        handling.feedBack(taskOf(handling, FINANCE), FINANCE, FeedbackResult.C, "无预算", NOW);
        assertThat(handling.result()).as("no lead feedback yet").isNull();

        handling.feedBack(taskOf(handling, HOUSING), HOUSING, FeedbackResult.B, "部分解决", NOW);

        assertThat(handling.result()).isEqualTo(FeedbackResult.B);
    }
}
