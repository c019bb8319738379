package org.minyi.followup.handling.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.followup.handling.domain.HandlingFixture.FINANCE;
import static org.minyi.followup.handling.domain.HandlingFixture.HOUSING;
import static org.minyi.followup.handling.domain.HandlingFixture.LEAD_DEADLINE;
import static org.minyi.followup.handling.domain.HandlingFixture.NOW;
import static org.minyi.followup.handling.domain.HandlingFixture.RULES;
import static org.minyi.followup.handling.domain.HandlingFixture.SUPPORT_DEADLINE;
import static org.minyi.followup.handling.domain.HandlingFixture.assignment;
import static org.minyi.followup.handling.domain.HandlingFixture.feedBackEveryUnit;
import static org.minyi.followup.handling.domain.HandlingFixture.handled;
import static org.minyi.followup.handling.domain.HandlingFixture.inHandling;
import static org.minyi.followup.handling.domain.HandlingFixture.report;
import static org.minyi.followup.handling.domain.HandlingFixture.reportWithoutText;
import static org.minyi.followup.handling.domain.HandlingFixture.taskOf;
import static org.minyi.followup.handling.domain.HandlingFixture.unit;

/** Several leaders instruct one report, the office forwards or transfers it: one task per unit follows them all. */
class JoiningTasksTest {

    private static Basis deputyHeadsInstruction() {
        return Basis.instruction(UUID.randomUUID().toString(), "deputy-head-urban", "张丽", "副县长（分管住建、交通、城管）",
                LeaderLevel.COUNTY, "同意县长意见，住建局要抓紧。", LocalDate.parse("2026-03-16"), NOW.plusSeconds(3600));
    }

    @Test
    void aUnitNamedByASecondLeaderKeepsItsOneTaskWhichFollowsBothInstructions() {
        Handling handling = inHandling();
        TaskId housing = taskOf(handling, HOUSING);

        TasksAssigned second = handling.assign(assignment(deputyHeadsInstruction(), report(), 7,
                unit("housing-construction", UnitRole.SUPPORT, LEAD_DEADLINE.plusDays(10))), NOW).orElseThrow();

        assertThat(handling.tasks()).hasSize(2);
        Task task = handling.task(housing);
        assertThat(task.basis()).extracting(Basis::leaderName).containsExactly("李明", "张丽");
        assertThat(task.role()).as("a lead unit stays the lead").isEqualTo(UnitRole.LEAD);
        assertThat(task.round()).isEqualTo(1);
        assertThat(second.tasks()).as("the unit is told of its joined task").singleElement()
                .satisfies(t -> assertThat(t.id()).isEqualTo(housing));
        assertThat(second.sequence()).isEqualTo(8);
    }

    @Test
    void aSupportingUnitNamedLeadByALaterAssignmentBecomesTheLead() {
        Handling handling = inHandling();

        handling.assign(assignment(deputyHeadsInstruction(), report(), 7,
                unit("finance", UnitRole.LEAD, SUPPORT_DEADLINE)), NOW);

        assertThat(handling.task(taskOf(handling, FINANCE)).role()).isEqualTo(UnitRole.LEAD);
    }

    @Test
    void anOpenTaskKeepsTheEarlierOfTheTwoDeadlines() {
        Handling later = inHandling();
        later.assign(assignment(deputyHeadsInstruction(), report(), 7,
                unit("housing-construction", UnitRole.LEAD, LEAD_DEADLINE.plusDays(30))), NOW);
        assertThat(later.task(taskOf(later, HOUSING)).deadline()).isEqualTo(LEAD_DEADLINE);

        Handling sooner = inHandling();
        sooner.assign(assignment(deputyHeadsInstruction(), report(), 7,
                unit("housing-construction", UnitRole.LEAD, LEAD_DEADLINE.minusDays(5))), NOW);
        assertThat(sooner.task(taskOf(sooner, HOUSING)).deadline()).isEqualTo(LEAD_DEADLINE.minusDays(5));

        Handling none = Handling.open(assignment(Assignment.Kind.FORWARD, 3,
                unit("transport", UnitRole.LEAD, null)), RULES, NOW).handling();
        none.assign(assignment(deputyHeadsInstruction(), report(), 4, unit("transport", UnitRole.LEAD, LEAD_DEADLINE)),
                NOW);
        assertThat(none.tasks()).singleElement().satisfies(t -> assertThat(t.deadline()).isEqualTo(LEAD_DEADLINE));
        none.assign(assignment(Assignment.Kind.FORWARD, 5, unit("transport", UnitRole.LEAD, null)), NOW);
        assertThat(none.tasks()).singleElement().satisfies(t -> assertThat(t.deadline())
                .as("no deadline is never the earlier").isEqualTo(LEAD_DEADLINE));
    }

    @Test
    void aTaskAlreadyFedBackOpensForANewRoundWithTheNewDeadlineAndKeepsItsFeedback() {
        Handling handling = inHandling();
        TaskId finance = taskOf(handling, FINANCE);
        handling.feedBack(finance, FINANCE, FeedbackResult.B, "资金分两年安排", NOW);
        LocalDate newDeadline = LocalDate.parse("2026-06-30");

        TasksAssigned assigned = handling.assign(assignment(deputyHeadsInstruction(), report(), 7,
                unit("finance", UnitRole.SUPPORT, newDeadline)), NOW.plusSeconds(7200)).orElseThrow();

        Task task = handling.task(finance);
        assertThat(task.status()).isEqualTo(TaskStatus.OPEN);
        assertThat(task.round()).isEqualTo(2);
        assertThat(task.deadline()).isEqualTo(newDeadline);
        assertThat(task.feedback()).isNull();
        assertThat(task.earlierFeedback()).singleElement().satisfies(f -> assertThat(f.text()).isEqualTo("资金分两年安排"));
        assertThat(assigned.tasks()).extracting(Task::id).containsExactly(finance);
    }

    @Test
    void aNewInstructionForAHandledReportReopensTheUnitsItNamesAndLeavesTheOthersFedBack() {
        Handling handling = handled();

        TasksAssigned assigned = handling.assign(assignment(deputyHeadsInstruction(), report(), 9,
                unit("housing-construction", UnitRole.LEAD, LocalDate.parse("2026-06-30")),
                unit("transport", UnitRole.SUPPORT, LocalDate.parse("2026-06-30"))), NOW).orElseThrow();

        assertThat(assigned.previousStatus()).isEqualTo(HandlingStatus.HANDLED);
        assertThat(handling.status()).isEqualTo(HandlingStatus.IN_HANDLING);
        assertThat(assigned.tasks()).extracting(Task::unit).containsExactly("housing-construction", "transport");
        assertThat(handling.tasks()).extracting(Task::unit, Task::status).containsExactly(
                org.assertj.core.groups.Tuple.tuple("housing-construction", TaskStatus.OPEN),
                org.assertj.core.groups.Tuple.tuple("finance", TaskStatus.FED_BACK),
                org.assertj.core.groups.Tuple.tuple("transport", TaskStatus.OPEN));
    }

    @Test
    void theLeadSeesItsSupportersOnEveryAssignmentItLeads() {
        Handling handling = inHandling();
        handling.assign(assignment(deputyHeadsInstruction(), report(), 7, unit("transport", UnitRole.LEAD,
                LEAD_DEADLINE), unit("finance", UnitRole.SUPPORT, SUPPORT_DEADLINE)), NOW);

        assertThat(handling.tasksSeenBy(Actor.unit("transport"))).extracting(Task::unit)
                .containsExactly("finance", "transport");
        assertThat(handling.tasksSeenBy(HOUSING)).extracting(Task::unit)
                .containsExactly("housing-construction", "finance");
        assertThat(handling.tasksSeenBy(FINANCE)).extracting(Task::unit).containsExactly("finance");
    }

    @Test
    void theReportsTextIsTheLatestAssignmentsAndAnEventWithoutTextKeepsTheTextKnown() {
        Handling handling = inHandling();

        handling.assign(assignment(deputyHeadsInstruction(), reportWithoutText(), 7,
                unit("transport", UnitRole.LEAD, LEAD_DEADLINE)), NOW);

        assertThat(handling.report().title()).isEqualTo("关于城关镇老旧小区加装电梯资金缺口的建议（修改稿）");
        assertThat(handling.report().situation()).startsWith("城关镇现有2000年以前建成的老旧小区37个");
        assertThat(handling.report().suggestions()).isEqualTo("建议设立专项补助资金，分两年实施。");
    }

    @Test
    void aTransferGivesTasksThatFollowTheOfficesNoteAndTheReportWasForwarded() {
        Handling.Opening opening = Handling.open(assignment(Assignment.Kind.TRANSFER, 5,
                unit("transport", UnitRole.LEAD, LEAD_DEADLINE)), RULES, NOW);

        assertThat(opening.assigned().kind()).isEqualTo(Assignment.Kind.TRANSFER);
        assertThat(opening.handling().instructed().stage()).isEqualTo(Stage.FORWARDED);
        assertThat(opening.handling().tasks()).singleElement().satisfies(t -> assertThat(t.basis()).singleElement()
                .satisfies(b -> {
                    assertThat(b.kind()).isEqualTo(Assignment.Kind.TRANSFER);
                    assertThat(b.note()).isEqualTo("请相关部门研究办理，并将结果反馈县政协办公室");
                    assertThat(b.leader()).isNull();
                }));
    }

    @Test
    void theSameAssignmentDeliveredAgainJoinsNothingTwice() {
        Handling handling = inHandling();
        Assignment second = assignment(deputyHeadsInstruction(), report(), 7,
                unit("housing-construction", UnitRole.LEAD, LEAD_DEADLINE));
        handling.assign(second, NOW);

        assertThat(handling.assign(second, NOW)).isEmpty();
        assertThat(handling.task(taskOf(handling, HOUSING)).basis()).hasSize(2);
    }

    @Test
    void aTaskKeepsABoundedNumberOfBases() {
        Handling handling = inHandling();
        for (int i = 0; i < Task.MAX_BASES + 3; i++) {
            handling.assign(assignment(Assignment.Kind.FORWARD, 7, unit("housing-construction", UnitRole.LEAD, null)),
                    NOW);
        }

        assertThat(handling.task(taskOf(handling, HOUSING)).basis()).hasSize(Task.MAX_BASES);
    }

    @Test
    void onlyTheUnitThatOwnsATaskAndTheOfficeReadItOneByOne() {
        assertThat(Visibility.ofTask(HOUSING)).isEqualTo(new Visibility.OfUnit("housing-construction"));
        assertThat(Visibility.ofTask(Actor.office())).isEqualTo(new Visibility.All());
        assertThat(Visibility.ofTask(Actor.member("m0001"))).as("not even an author").isEqualTo(new Visibility.Nothing());
        assertThat(Visibility.ofTask(Actor.station("chengguan"))).isEqualTo(new Visibility.Nothing());
        assertThat(Visibility.ofTask(new Actor("leader", Role.LEADERS_OFFICE, null, null, null)))
                .isEqualTo(new Visibility.Nothing());
        assertThat(Visibility.ofTask(new Actor("unit-x", Role.UNIT, null, null, null))).isEqualTo(new Visibility.Nothing());
    }

    @Test
    void otherTasksAreEveryTaskOfTheReportButTheOneAskedFor() {
        Handling handling = inHandling();
        feedBackEveryUnit(handling, NOW);

        assertThat(handling.otherTasks(taskOf(handling, HOUSING))).extracting(Task::unit).containsExactly("finance");
        assertThat(List.copyOf(handling.otherTasks(new TaskId("none")))).hasSize(2);
    }
}
