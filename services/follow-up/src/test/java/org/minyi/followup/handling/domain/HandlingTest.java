package org.minyi.followup.handling.domain;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minyi.followup.handling.domain.HandlingFixture.FINANCE;
import static org.minyi.followup.handling.domain.HandlingFixture.HOUSING;
import static org.minyi.followup.handling.domain.HandlingFixture.NOW;
import static org.minyi.followup.handling.domain.HandlingFixture.RULES;
import static org.minyi.followup.handling.domain.HandlingFixture.reopeningAtMost;
import static org.minyi.followup.handling.domain.HandlingFixture.submittedAndAdopted;
import static org.minyi.followup.handling.domain.HandlingFixture.assignment;
import static org.minyi.followup.handling.domain.HandlingFixture.handled;
import static org.minyi.followup.handling.domain.HandlingFixture.inHandling;
import static org.minyi.followup.handling.domain.HandlingFixture.instruction;
import static org.minyi.followup.handling.domain.HandlingFixture.lead;
import static org.minyi.followup.handling.domain.HandlingFixture.support;
import static org.minyi.followup.handling.domain.HandlingFixture.taskOf;

class HandlingTest {

    @Nested
    class AssigningTasks {

        @Test
        void anInstructionGivesEachUnitOneOpenTaskAndPutsTheReportInHandlingWithTheNextSequence() {
            Handling.Opening opening = Handling.open(instruction(6), RULES, NOW);
            Handling handling = opening.handling();

            assertThat(handling.status()).isEqualTo(HandlingStatus.IN_HANDLING);
            assertThat(handling.sequence()).isEqualTo(7);
            assertThat(opening.assigned().sequence()).isEqualTo(7);
            assertThat(opening.assigned().kind()).isEqualTo(Assignment.Kind.INSTRUCTION);
            assertThat(handling.tasks()).extracting(Task::unit, Task::role, Task::status).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("housing-construction", UnitRole.LEAD, TaskStatus.OPEN),
                    org.assertj.core.groups.Tuple.tuple("finance", UnitRole.SUPPORT, TaskStatus.OPEN));
        }

        @Test
        void theSameAssignmentTwiceGivesNoSecondSetOfTasks() {
            Assignment instruction = instruction(6);
            Handling handling = Handling.open(instruction, RULES, NOW).handling();

            assertThat(handling.assign(instruction, NOW)).isEmpty();
            assertThat(handling.tasks()).hasSize(2);
            assertThat(handling.sequence()).isEqualTo(7);
        }

        @Test
        void aUnitNamedTwiceInOneAssignmentGetsOneTask() {
            Handling handling = Handling.open(assignment(Assignment.Kind.FORWARD, 3, lead("transport"),
                    support("transport")), RULES, NOW).handling();

            assertThat(handling.tasks()).singleElement().satisfies(t -> assertThat(t.role()).isEqualTo(UnitRole.LEAD));
        }

        @Test
        void aSecondInstructionAddsItsTasksToAReportInHandling() {
            Handling handling = inHandling();

            Optional<TasksAssigned> second = handling.assign(assignment(Assignment.Kind.INSTRUCTION, 7,
                    lead("transport")), NOW);

            assertThat(second).get().satisfies(e -> {
                assertThat(e.sequence()).isEqualTo(8);
                assertThat(e.tasks()).singleElement().satisfies(t -> assertThat(t.unit()).isEqualTo("transport"));
            });
            assertThat(handling.tasks()).hasSize(3);
            assertThat(handling.status()).isEqualTo(HandlingStatus.IN_HANDLING);
        }

        @Test
        void aSecondInstructionForAHandledReportPutsItBackInHandling() {
            Handling handling = handled(reopeningAtMost(0));
            handling.rate(Actor.member("m0001"), Rating.UNSATISFIED, null, NOW);

            TasksAssigned again = handling.assign(assignment(Assignment.Kind.INSTRUCTION, 9, lead("transport")), NOW)
                    .orElseThrow();

            assertThat(again.previousStatus()).isEqualTo(HandlingStatus.HANDLED);
            assertThat(again.sequence()).isEqualTo(10);
            assertThat(handling.status()).isEqualTo(HandlingStatus.IN_HANDLING);
            assertThat(handling.satisfaction()).as("a new round is rated anew").isNull();
        }

        @Test
        void theNextStatusFollowsTheHighestSequenceSeenWhereverItCameFrom() {
            Handling handling = inHandling();

            assertThat(handling.observe(12)).isTrue();
            assertThat(handling.observe(9)).as("stale").isFalse();
            assertThat(handling.observe(12)).as("repeat").isFalse();

            assertThat(handling.assign(assignment(Assignment.Kind.FORWARD, 10, lead("transport")), NOW).orElseThrow()
                    .sequence()).isEqualTo(13);
        }

        @Test
        void theAppliedEventsRememberedAreBounded() {
            Handling handling = inHandling();
            for (int i = 0; i < Handling.REMEMBERED_EVENTS + 5; i++) {
                handling.assign(assignment(Assignment.Kind.FORWARD, 7, lead("transport")), NOW);
            }

            assertThat(handling.appliedEvents()).hasSize(Handling.REMEMBERED_EVENTS);
        }
    }

    @Nested
    class WorkingOnTasks {

        @Test
        void aUnitNotesProgressOnItsOwnTaskWithoutChangingAnyStatus() {
            Handling handling = inHandling();
            TaskId task = taskOf(handling, HOUSING);

            handling.noteProgress(task, HOUSING, "已完成现场调研", NOW);

            assertThat(handling.task(task).progress()).singleElement()
                    .satisfies(n -> assertThat(n.by()).isEqualTo("unit-housing-construction"));
            assertThat(handling.task(task).status()).isEqualTo(TaskStatus.OPEN);
            assertThat(handling.status()).isEqualTo(HandlingStatus.IN_HANDLING);
        }

        @Test
        void aUnitCannotTouchAnotherUnitsTask() {
            Handling handling = inHandling();
            TaskId housingTask = taskOf(handling, HOUSING);

            assertThatThrownBy(() -> handling.noteProgress(housingTask, FINANCE, "x", NOW))
                    .isInstanceOf(TaskNotFound.class);
            assertThatThrownBy(() -> handling.feedBack(housingTask, FINANCE, FeedbackResult.A, "x", NOW))
                    .isInstanceOf(TaskNotFound.class);
            assertThatThrownBy(() -> handling.feedBack(housingTask, Actor.office(), FeedbackResult.A, "x", NOW))
                    .isInstanceOf(TaskNotFound.class);
        }

        @Test
        void aSupportingUnitSeesOnlyItsOwnTaskWhileTheLeadSeesItsSupportersAndOthersSeeThemAll() {
            Handling handling = inHandling();

            assertThat(handling.tasksSeenBy(FINANCE)).extracting(Task::unit).containsExactly("finance");
            assertThat(handling.tasksSeenBy(HOUSING)).as("supporting units feed into the lead")
                    .extracting(Task::unit).containsExactly("housing-construction", "finance");
            assertThat(handling.tasksSeenBy(Actor.office())).hasSize(2);
            assertThat(handling.tasksSeenBy(Actor.member("m0001"))).hasSize(2);
        }

        @Test
        void theLeadFeedingBackLeavesTheReportInHandling() {
            Handling handling = inHandling();

            Optional<AllUnitsFedBack> handled = handling.feedBack(taskOf(handling, HOUSING), HOUSING,
                    FeedbackResult.A, "已完成", NOW);

            assertThat(handled).isEmpty();
            assertThat(handling.task(taskOf(handling, HOUSING)).status()).isEqualTo(TaskStatus.FED_BACK);
            assertThat(handling.status()).isEqualTo(HandlingStatus.IN_HANDLING);
            assertThat(handling.sequence()).isEqualTo(7);
        }

        @Test
        void theLastFeedbackMakesTheReportHandledWithEveryUnitsResult() {
            Handling handling = inHandling();
            handling.feedBack(taskOf(handling, HOUSING), HOUSING, FeedbackResult.A, "已完成", NOW);

            AllUnitsFedBack handled = handling.feedBack(taskOf(handling, FINANCE), FINANCE, FeedbackResult.C,
                    "本年度预算已无空间，明年统筹", NOW).orElseThrow();

            assertThat(handling.status()).isEqualTo(HandlingStatus.HANDLED);
            assertThat(handled.sequence()).isEqualTo(8);
            assertThat(handled.lastBy().role()).isEqualTo(Role.UNIT);
            assertThat(handled.tasks()).extracting(t -> t.feedback().result())
                    .containsExactly(FeedbackResult.A, FeedbackResult.C);
        }

        @Test
        void aTaskIsFedBackOnlyOnce() {
            Handling handling = inHandling();
            TaskId task = taskOf(handling, HOUSING);
            handling.feedBack(task, HOUSING, FeedbackResult.A, "已完成", NOW);

            assertThatThrownBy(() -> handling.feedBack(task, HOUSING, FeedbackResult.B, "again", NOW))
                    .isInstanceOf(IllegalTransition.class)
                    .satisfies(e -> assertThat(((IllegalTransition) e).current()).isEqualTo("FED_BACK"));
            assertThatThrownBy(() -> handling.noteProgress(task, HOUSING, "later", NOW))
                    .isInstanceOf(IllegalTransition.class);
        }

        @Test
        void aTaskHoldsABoundedNumberOfNotes() {
            Handling handling = inHandling();
            TaskId task = taskOf(handling, HOUSING);
            for (int i = 0; i < Handling.MAX_NOTES_PER_TASK; i++) {
                handling.noteProgress(task, HOUSING, "note " + i, NOW);
            }

            assertThatThrownBy(() -> handling.noteProgress(task, HOUSING, "one more", NOW))
                    .isInstanceOf(NoteLimitReached.class);
        }
    }

    @Nested
    class RatingAndClosing {

        @Test
        void anAuthorRatesAHandledReportWithoutChangingItsStatusOrSequence() {
            Handling handling = handled();

            SatisfactionRecorded rated = (SatisfactionRecorded) handling.rate(Actor.member("m0002"),
                    Rating.SATISFIED, "办理认真", NOW).get(0);

            assertThat(rated.sequence()).isEqualTo(9);
            assertThat(handling.sequence()).isEqualTo(8);
            assertThat(handling.status()).isEqualTo(HandlingStatus.HANDLED);
            assertThat(handling.satisfaction().ratedBy()).isEqualTo("member-m0002");
        }

        @Test
        void theTownshipsStationMayRateButNotAnotherStationOrAMemberWhoIsNoAuthor() {
            assertThat(handled().rate(Actor.station("chengguan"), Rating.BASICALLY_SATISFIED, null, NOW)).isNotNull();
            assertThatThrownBy(() -> handled().rate(Actor.station("xishan"), Rating.SATISFIED, null, NOW))
                    .isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> handled().rate(Actor.member("m0009"), Rating.SATISFIED, null, NOW))
                    .isInstanceOf(NotPermitted.class);
        }

        @Test
        void onlyAHandledReportIsRatedAndOnlyOnce() {
            assertThatThrownBy(() -> inHandling().rate(Actor.member("m0001"), Rating.SATISFIED, null, NOW))
                    .isInstanceOf(IllegalTransition.class)
                    .satisfies(e -> assertThat(((IllegalTransition) e).current()).isEqualTo("IN_HANDLING"));
            Handling handling = handled();
            handling.rate(Actor.member("m0001"), Rating.SATISFIED, null, NOW);
            assertThatThrownBy(() -> handling.rate(Actor.member("m0002"), Rating.UNSATISFIED, null, NOW))
                    .isInstanceOf(IllegalTransition.class);
        }

        @Test
        void theOfficeClosesAHandledReportWithTheNextSequence() {
            Handling handling = handled();
            handling.rate(Actor.member("m0001"), Rating.SATISFIED, null, NOW);

            HandlingClosed closed = handling.close(Actor.office(), submittedAndAdopted(), NOW.plusSeconds(60));

            assertThat(closed.sequence()).isEqualTo(9);
            assertThat(closed.how()).isEqualTo(ClosedBy.OFFICE);
            assertThat(handling.status()).isEqualTo(HandlingStatus.CLOSED);
            assertThat(closed.stages()).extracting(StageEntry::stage).containsExactly(Stage.SUBMITTED, Stage.ADOPTED,
                    Stage.INSTRUCTED, Stage.HANDLED, Stage.CLOSED);
            assertThat(closed.stages().get(4).enteredAt()).isEqualTo(NOW.plusSeconds(60));
        }

        @Test
        void aReportInHandlingCannotBeClosedAndOnlyTheOfficeCloses() {
            assertThatThrownBy(() -> inHandling().close(Actor.office(), List.of(), NOW))
                    .isInstanceOf(IllegalTransition.class)
                    .satisfies(e -> assertThat(((IllegalTransition) e).current()).isEqualTo("IN_HANDLING"));
            assertThatThrownBy(() -> handled().close(HOUSING, List.of(), NOW)).isInstanceOf(NotPermitted.class);
            Handling closed = handled();
            closed.close(Actor.office(), List.of(), NOW);
            assertThatThrownBy(() -> closed.close(Actor.office(), List.of(), NOW))
                    .isInstanceOf(IllegalTransition.class);
        }
    }

    @Test
    void visibilityFollowsTheCallersClaim() {
        assertThat(Visibility.of(HOUSING)).isEqualTo(new Visibility.OfUnit("housing-construction"));
        assertThat(Visibility.of(Actor.member("m0001"))).isEqualTo(new Visibility.OfAuthor("m0001"));
        assertThat(Visibility.of(Actor.station("chengguan"))).isEqualTo(new Visibility.OfTownship("chengguan"));
        assertThat(Visibility.of(Actor.office())).isEqualTo(new Visibility.All());
        assertThat(Visibility.of(new Actor("leader", Role.LEADER, null, null, null))).isEqualTo(new Visibility.Nothing());
        assertThat(Visibility.of(new Actor("unit-x", Role.UNIT, null, null, null))).isEqualTo(new Visibility.Nothing());
    }

    @Test
    void taskIdsAreStablePerAssignmentAndUnit() {
        Assignment instruction = instruction(6);
        assertThat(Handling.open(instruction, RULES, NOW).handling().tasks())
                .isEqualTo(Handling.open(instruction, RULES, NOW).handling().tasks());
    }
}
