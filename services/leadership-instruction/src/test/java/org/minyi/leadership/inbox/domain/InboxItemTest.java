package org.minyi.leadership.inbox.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.IN_TWO_MONTHS;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.NOW;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.TODAY;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.announced;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.elevatorReport;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.housingLeadsFinanceSupports;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.instructedByTheCountyHead;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.sentToLeaders;

class InboxItemTest {

    @Test
    void aReportSentToTheLeadersWaitsInTheInboxAtTheSequenceItWasSentWith() {
        UUID sending = UUID.randomUUID();
        InboxItem item = InboxItem.receive(new ReportId("r-1"), elevatorReport(), sending, 5, NOW);

        assertThat(item.status()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
        assertThat(item.sequence()).isEqualTo(5);
        assertThat(item.receivedAt()).isEqualTo(NOW);
        assertThat(item.hasApplied(sending)).isTrue();
        assertThat(item.instructions()).isEmpty();
    }

    @Nested
    class Instructing {

        @Test
        void aLeaderInstructsAndTheReportIsInstructedWithTheNextSequence() {
            InboxItem item = sentToLeaders();

            InstructionIssued issued = instructedByTheCountyHead(item);

            assertThat(item.status()).isEqualTo(ReportStatus.INSTRUCTED);
            assertThat(item.sequence()).isEqualTo(6);
            assertThat(issued.sequence()).isEqualTo(6);
            assertThat(issued.previousStatus()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
            assertThat(issued.actorRole()).isEqualTo(Role.LEADER);
            assertThat(issued.instruction().units()).extracting(UnitAssignment::unit)
                    .containsExactly("housing-construction", "finance");
            assertThat(item.instructions()).containsExactly(issued.instruction());
        }

        @Test
        void aReportInHandlingMayBeInstructedAgainAndTheNewInstructionIsNewerThanTheHandling() {
            InboxItem item = sentToLeaders();
            instructedByTheCountyHead(item);
            item.observe(announced(ReportStatus.IN_HANDLING, 7));

            InstructionIssued again = item.instruct(Actor.leader(), "市长 王强", Level.CITY, "请加快办理。", TODAY.minusDays(2),
                    housingLeadsFinanceSupports(), TODAY, NOW.plusSeconds(3600));

            assertThat(again.sequence()).isEqualTo(8);
            assertThat(again.previousStatus()).isEqualTo(ReportStatus.IN_HANDLING);
            assertThat(item.status()).isEqualTo(ReportStatus.INSTRUCTED);
            assertThat(item.instructions()).hasSize(2);
            assertThat(again.instruction().instructedOn()).as("the date the city head wrote it").isEqualTo(TODAY.minusDays(2));
            assertThat(item.instructions().get(0).instructedOn()).as("today unless told").isEqualTo(TODAY);
        }

        @Test
        void anInstructionCannotBeDatedInTheFuture() {
            InboxItem item = sentToLeaders();

            assertThatThrownBy(() -> item.instruct(Actor.leader(), "县长 李明", Level.COUNTY, "请办理", TODAY.plusDays(1),
                    housingLeadsFinanceSupports(), TODAY, NOW))
                    .isInstanceOf(InvalidAssignment.class)
                    .satisfies(e -> assertThat(((InvalidAssignment) e).problems())
                            .extracting(AssignmentProblem::field).containsExactly("date"));
            assertThat(item.status()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
            assertThat(item.instructions()).isEmpty();
        }

        @Test
        void anInstructionCannotBeDatedMoreThanAYearBack() {
            InboxItem item = sentToLeaders();

            assertThatThrownBy(() -> item.instruct(Actor.leader(), "县长 李明", Level.COUNTY, "请办理",
                    TODAY.minusYears(1).minusDays(1), housingLeadsFinanceSupports(), TODAY, NOW))
                    .isInstanceOf(InvalidAssignment.class)
                    .satisfies(e -> assertThat(((InvalidAssignment) e).problems())
                            .extracting(AssignmentProblem::code).containsExactly("too_old"));
            assertThat(item.instruct(Actor.leader(), "县长 李明", Level.COUNTY, "请办理", TODAY.minusYears(1),
                    housingLeadsFinanceSupports(), TODAY, NOW).instruction().instructedOn())
                    .isEqualTo(TODAY.minusYears(1));
        }

        @Test
        void aForwardedReportMayStillBeInstructed() {
            InboxItem item = sentToLeaders();
            item.forward(Actor.office(), "请研究办理", housingLeadsFinanceSupports(), TODAY, NOW);

            assertThat(instructedByTheCountyHead(item).sequence()).isEqualTo(7);
            assertThat(item.status()).isEqualTo(ReportStatus.INSTRUCTED);
        }

        @Test
        void anArchivedReportCannotBeInstructed() {
            InboxItem item = sentToLeaders();
            item.archive(Actor.office(), "已有专项部署", NOW);

            assertThatThrownBy(() -> instructedByTheCountyHead(item))
                    .isInstanceOf(IllegalTransition.class)
                    .satisfies(e -> assertThat(((IllegalTransition) e).current()).isEqualTo(ReportStatus.ARCHIVED));
            assertThat(item.sequence()).isEqualTo(6);
        }

        @Test
        void onlyALeaderInstructs() {
            InboxItem item = sentToLeaders();

            assertThatThrownBy(() -> item.instruct(Actor.office(), "办公室", Level.COUNTY, "请办理", null,
                    housingLeadsFinanceSupports(), TODAY, NOW)).isInstanceOf(NotPermitted.class);
            assertThat(item.status()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
        }
    }

    @Nested
    class AssigningUnits {

        @Test
        void exactlyOneUnitLeads() {
            InboxItem item = sentToLeaders();
            List<UnitAssignment> twoLeads = List.of(UnitAssignment.lead("housing-construction", IN_TWO_MONTHS),
                    UnitAssignment.lead("finance", IN_TWO_MONTHS));
            List<UnitAssignment> noLead = List.of(UnitAssignment.support("finance", IN_TWO_MONTHS));

            assertThatThrownBy(() -> item.instruct(Actor.leader(), "县长 李明", Level.COUNTY, "请办理", null, twoLeads, TODAY, NOW))
                    .isInstanceOf(InvalidAssignment.class)
                    .satisfies(e -> assertThat(((InvalidAssignment) e).problems())
                            .extracting(AssignmentProblem::field).containsExactly("units"));
            assertThatThrownBy(() -> item.forward(Actor.office(), null, noLead, TODAY, NOW))
                    .isInstanceOf(InvalidAssignment.class);
            assertThat(item.status()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
            assertThat(item.sequence()).isEqualTo(5);
        }

        @Test
        void aUnitIsAssignedOnceWithAWellFormedCodeAndADeadlineNotInThePast() {
            List<UnitAssignment> units = List.of(UnitAssignment.lead("housing-construction", TODAY),
                    UnitAssignment.support("housing-construction", IN_TWO_MONTHS),
                    UnitAssignment.support("Finance Bureau", IN_TWO_MONTHS),
                    UnitAssignment.support("health", TODAY.minusDays(1)));

            assertThat(AssignmentPolicy.problems(units, TODAY)).extracting(AssignmentProblem::field)
                    .containsExactly("units[1].unit", "units[2].unit", "units[3].deadline");
        }

        @Test
        void aDeadlineMoreThanTwoYearsAheadIsATypingErrorNotAPlan() {
            List<UnitAssignment> units = List.of(UnitAssignment.lead("health", TODAY.plusYears(2)),
                    UnitAssignment.support("finance", TODAY.plusYears(2).plusDays(1)),
                    UnitAssignment.support("transport", LocalDate.of(9999, 12, 31)));

            assertThat(AssignmentPolicy.problems(units, TODAY)).extracting(AssignmentProblem::field, AssignmentProblem::code)
                    .containsExactly(tuple("units[1].deadline", "too_far"),
                            tuple("units[2].deadline", "too_far"));
        }

        @Test
        void aDeadlineOfTodayIsAllowed() {
            assertThat(AssignmentPolicy.problems(List.of(UnitAssignment.lead("health", TODAY)), TODAY)).isEmpty();
        }

        @Test
        void someUnitMustBeAssigned() {
            assertThat(AssignmentPolicy.problems(List.of(), TODAY)).extracting(AssignmentProblem::code)
                    .containsExactly("required");
        }
    }

    @Nested
    class Disposing {

        @Test
        void theOfficeForwardsAWaitingReportToUnits() {
            InboxItem item = sentToLeaders();

            ReportForwarded forwarded = item.forward(Actor.office(), "请研究办理", housingLeadsFinanceSupports(), TODAY,
                    NOW);

            assertThat(item.status()).isEqualTo(ReportStatus.FORWARDED);
            assertThat(forwarded.sequence()).isEqualTo(6);
            assertThat(forwarded.actorRole()).isEqualTo(Role.OFFICE);
            assertThat(item.forwards()).containsExactly(forwarded.forward());
        }

        @Test
        void theOfficeArchivesAWaitingReportWithItsReason() {
            InboxItem item = sentToLeaders();

            ReportArchived archived = item.archive(Actor.office(), "已有专项部署，无需批示", NOW);

            assertThat(item.status()).isEqualTo(ReportStatus.ARCHIVED);
            assertThat(archived.sequence()).isEqualTo(6);
            assertThat(archived.previousStatus()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
            assertThat(item.archival().reason()).isEqualTo("已有专项部署，无需批示");
        }

        @Test
        void anInstructedReportIsNeitherForwardedNorArchived() {
            InboxItem item = sentToLeaders();
            instructedByTheCountyHead(item);

            assertThatThrownBy(() -> item.archive(Actor.office(), "无需办理", NOW))
                    .isInstanceOf(IllegalTransition.class)
                    .satisfies(e -> assertThat(((IllegalTransition) e).current()).isEqualTo(ReportStatus.INSTRUCTED));
            assertThatThrownBy(() -> item.forward(Actor.office(), null, housingLeadsFinanceSupports(), TODAY, NOW))
                    .isInstanceOf(IllegalTransition.class);
            assertThat(item.sequence()).isEqualTo(6);
        }

        @Test
        void aLeaderNeitherForwardsNorArchives() {
            InboxItem item = sentToLeaders();

            assertThatThrownBy(() -> item.archive(Actor.leader(), "无需办理", NOW)).isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> item.forward(Actor.leader(), null, housingLeadsFinanceSupports(), TODAY, NOW))
                    .isInstanceOf(NotPermitted.class);
        }
    }

    @Nested
    class FollowingTheReport {

        @Test
        void aNewerAnnouncementRaisesTheSequence() {
            InboxItem item = sentToLeaders();
            instructedByTheCountyHead(item);

            assertThat(item.observe(announced(ReportStatus.IN_HANDLING, 7))).isTrue();

            assertThat(item.sequence()).isEqualTo(7);
            assertThat(item.reportStatus()).isEqualTo(ReportStatus.IN_HANDLING);
            assertThat(item.status()).as("the inbox status stays what leaders decided")
                    .isEqualTo(ReportStatus.INSTRUCTED);
        }

        @Test
        void theSameAnnouncementTwiceChangesNothing() {
            InboxItem item = sentToLeaders();
            StatusAnnouncement handling = announced(ReportStatus.IN_HANDLING, 7);
            item.observe(handling);

            assertThat(item.observe(handling)).isFalse();
            assertThat(item.sequence()).isEqualTo(7);
        }

        @Test
        void aStaleAnnouncementIsDiscarded() {
            InboxItem item = sentToLeaders();
            item.observe(announced(ReportStatus.HANDLED, 9));

            assertThat(item.observe(announced(ReportStatus.IN_HANDLING, 7))).isFalse();

            assertThat(item.sequence()).isEqualTo(9);
            assertThat(item.reportStatus()).isEqualTo(ReportStatus.HANDLED);
        }

        @Test
        void itsOwnStepEchoedBackIsRecognised() {
            InboxItem item = sentToLeaders();
            InstructionIssued issued = instructedByTheCountyHead(item);

            assertThat(item.observe(new StatusAnnouncement(issued.eventId(), ReportStatus.INSTRUCTED, 6))).isFalse();
        }

        @Test
        void anItemRemembersOnlyTheLatestHundredEvents() {
            InboxItem item = sentToLeaders();
            for (int sequence = 6; sequence < 6 + 150; sequence++) {
                item.observe(announced(ReportStatus.IN_HANDLING, sequence));
            }

            assertThat(item.appliedEventIds()).hasSize(InboxItem.REMEMBERED_EVENTS);
            assertThat(item.sequence()).isEqualTo(155);
        }
    }
}
