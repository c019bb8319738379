package org.minyi.leadership.inbox.domain;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.CITY_MAYOR;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.COUNTY_HEAD;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.DEPUTY_HEAD_URBAN;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.IN_TWO_MONTHS;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.LEADERS;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.NOW;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.PARTY_SECRETARY;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.TODAY;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.UNITS;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.announced;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.elevatorReport;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.housingLeadsFinanceSupports;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.instructedByTheCountyHead;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.sentTo;
import static org.minyi.leadership.inbox.domain.InboxItemFixture.sentToLeaders;

class InboxItemTest {

    @Test
    void aReportSentToTheLeadersWaitsInTheInboxAtTheSequenceItWasSentWith() {
        UUID sending = UUID.randomUUID();
        InboxItem item = InboxItem.receive(new ReportId("r-1"), elevatorReport(), null, sending, 5, NOW);

        assertThat(item.status()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
        assertThat(item.sequence()).isEqualTo(5);
        assertThat(item.receivedAt()).isEqualTo(NOW);
        assertThat(item.hasApplied(sending)).isTrue();
        assertThat(item.instructions()).isEmpty();
        assertThat(item.sentToEveryLeader()).as("a sending that names no leaders goes to every leader").isTrue();
    }

    @Nested
    class Sending {

        @Test
        void aReportSentToNamedLeadersIsSentToThemAlone() {
            InboxItem item = sentTo(COUNTY_HEAD, DEPUTY_HEAD_URBAN);

            assertThat(item.sentToEveryLeader()).isFalse();
            assertThat(item.leaders()).containsExactly("county-head", "deputy-head-urban");
            assertThat(item.isSentTo("county-head")).isTrue();
            assertThat(item.isSentTo("party-secretary")).isFalse();
        }

        @Test
        void blankAndRepeatedCodesCollapseAndAnEmptyListIsEveryLeader() {
            InboxItem named = InboxItem.receive(new ReportId("r-1"), elevatorReport(),
                    Arrays.asList("county-head", " county-head ", "", null, "city-mayor"), UUID.randomUUID(), 5, NOW);
            InboxItem none = InboxItem.receive(new ReportId("r-2"), elevatorReport(), List.of(), UUID.randomUUID(), 5,
                    NOW);

            assertThat(named.leaders()).containsExactly("county-head", "city-mayor");
            assertThat(none.sentToEveryLeader()).isTrue();
            assertThat(none.isSentTo("party-secretary")).isTrue();
        }

        @Test
        void anotherSendingAddsTheLeadersItNamesAndARedeliveryChangesNothing() {
            InboxItem item = sentTo(COUNTY_HEAD);
            UUID second = UUID.randomUUID();

            assertThat(item.sentAgain(second, List.of("party-secretary", "county-head"))).isTrue();
            assertThat(item.sentAgain(second, List.of("city-mayor"))).as("the same sending redelivered").isFalse();

            assertThat(item.leaders()).containsExactly("county-head", "party-secretary");
            assertThat(item.sequence()).isEqualTo(5);
            assertThat(item.sentAgain(UUID.randomUUID(), null)).isTrue();
            assertThat(item.sentToEveryLeader()).as("a later sending to every leader").isTrue();
        }
    }

    @Nested
    class Seeing {

        @Test
        void aLeaderSeesWhatWasSentToThemOrToEveryLeaderAndNothingElse() {
            Visibility countyHead = Visibility.of(Actor.leader("county-head"));

            assertThat(countyHead).isEqualTo(new Visibility.SentTo("county-head"));
            assertThat(countyHead.admits(sentTo(COUNTY_HEAD, DEPUTY_HEAD_URBAN))).isTrue();
            assertThat(countyHead.admits(sentToLeaders())).isTrue();
            assertThat(countyHead.admits(sentTo(PARTY_SECRETARY))).isFalse();
        }

        @Test
        void theSecretariatAndTheOfficeSeeEveryItem() {
            InboxItem toTheSecretary = sentTo(PARTY_SECRETARY);

            assertThat(Visibility.of(Actor.leadersOffice()).admits(toTheSecretary)).isTrue();
            assertThat(Visibility.of(Actor.office()).admits(toTheSecretary)).isTrue();
        }

        @Test
        void aLeaderWithoutACodeAndEveryOtherRoleSeeNothing() {
            InboxItem toEveryone = sentToLeaders();

            assertThat(Visibility.of(new Actor("leader-x", Role.LEADER, null)).admits(toEveryone)).isFalse();
            for (Role role : List.of(Role.STATION, Role.MEMBER, Role.REVIEWER, Role.UNIT, Role.VIEWER, Role.SYSTEM)) {
                assertThat(Visibility.of(new Actor("someone", role, "county-head"))).as(role.name())
                        .isInstanceOf(Visibility.Nothing.class);
            }
        }
    }

    @Nested
    class Instructing {

        @Test
        void aLeaderInstructsAsThemselfAndTheReportIsInstructedWithTheNextSequence() {
            InboxItem item = sentToLeaders();

            InstructionIssued issued = instructedByTheCountyHead(item);

            assertThat(item.status()).isEqualTo(ReportStatus.INSTRUCTED);
            assertThat(item.sequence()).isEqualTo(6);
            assertThat(issued.sequence()).isEqualTo(6);
            assertThat(issued.previousStatus()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
            assertThat(issued.actorRole()).isEqualTo(Role.LEADER);
            assertThat(issued.actor()).isEqualTo("leader-county-head");
            Instruction instruction = issued.instruction();
            assertThat(instruction).extracting(Instruction::leader, Instruction::leaderName, Instruction::leaderTitle,
                    Instruction::level, Instruction::recordedBy, Instruction::released)
                    .containsExactly("county-head", "李明", "县长", Level.COUNTY, "leader-county-head", false);
            assertThat(instruction.units()).extracting(UnitAssignment::unit)
                    .containsExactly("housing-construction", "finance");
            assertThat(item.instructions()).containsExactly(instruction);
        }

        @Test
        void severalLeadersInstructOneReportEachInstructionKeptAndEachANewStep() {
            InboxItem item = sentTo(COUNTY_HEAD, DEPUTY_HEAD_URBAN);
            instructedByTheCountyHead(item);
            item.observe(announced(ReportStatus.IN_HANDLING, 7));

            InstructionIssued second = item.instruct(Actor.leader("deputy-head-urban"), DEPUTY_HEAD_URBAN, null,
                    "请城管局协助。", null, List.of(UnitAssignment.lead("urban-management", IN_TWO_MONTHS)), TODAY,
                    NOW.plusSeconds(600));

            assertThat(second.sequence()).isEqualTo(8);
            assertThat(second.previousStatus()).as("the report's status when the second leader instructed")
                    .isEqualTo(ReportStatus.IN_HANDLING);
            assertThat(item.status()).isEqualTo(ReportStatus.INSTRUCTED);
            assertThat(item.reportStatus()).isEqualTo(ReportStatus.INSTRUCTED);
            assertThat(item.instructions()).extracting(Instruction::leader)
                    .containsExactly("county-head", "deputy-head-urban");
        }

        @Test
        void theSecretariatRecordsTheInstructionOfALeaderTheReportWasNotSentToWhoFromThenOnSeesIt() {
            InboxItem item = sentTo(COUNTY_HEAD);
            instructedByTheCountyHead(item);
            item.observe(announced(ReportStatus.IN_HANDLING, 7));

            InstructionIssued byTheMayor = item.instruct(Actor.leadersOffice(), CITY_MAYOR, null, "请加快办理。",
                    TODAY.minusDays(2), housingLeadsFinanceSupports(), TODAY, NOW.plusSeconds(3600));

            assertThat(byTheMayor.sequence()).isEqualTo(8);
            assertThat(byTheMayor.previousStatus()).isEqualTo(ReportStatus.IN_HANDLING);
            assertThat(byTheMayor.actorRole()).isEqualTo(Role.LEADERS_OFFICE);
            assertThat(byTheMayor.actor()).isEqualTo("leader");
            assertThat(byTheMayor.instruction()).extracting(Instruction::leader, Instruction::leaderName,
                    Instruction::level, Instruction::recordedBy, Instruction::instructedOn)
                    .containsExactly("city-mayor", "何立新", Level.CITY, "leader", TODAY.minusDays(2));
            assertThat(item.leaders()).containsExactly("county-head", "city-mayor");
            assertThat(Visibility.of(Actor.leader("city-mayor")).admits(item)).isTrue();
        }

        @Test
        void theLevelIsTheLeadersOwnUnlessGiven() {
            InboxItem item = sentToLeaders();

            InstructionIssued given = item.instruct(Actor.leadersOffice(), CITY_MAYOR, Level.PROVINCE, "请办理", null,
                    housingLeadsFinanceSupports(), TODAY, NOW);

            assertThat(given.instruction().level()).isEqualTo(Level.PROVINCE);
            assertThat(instructedByTheCountyHead(item).instruction().level()).isEqualTo(Level.COUNTY);
        }

        @Test
        void aLeaderInstructsOnlyAsThemselfAndOnlyOnWhatWasSentToThem() {
            InboxItem item = sentTo(COUNTY_HEAD);

            assertThatThrownBy(() -> item.instruct(Actor.leader("county-head"), PARTY_SECRETARY, null, "请办理", null,
                    housingLeadsFinanceSupports(), TODAY, NOW)).isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> item.instruct(Actor.leader("party-secretary"), PARTY_SECRETARY, null, "请办理", null,
                    housingLeadsFinanceSupports(), TODAY, NOW)).isInstanceOf(NotPermitted.class);
            assertThat(item.status()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
            assertThat(item.leaders()).containsExactly("county-head");
        }

        @Test
        void anInstructionCannotBeDatedInTheFuture() {
            InboxItem item = sentToLeaders();

            assertThatThrownBy(() -> item.instruct(Actor.leader("county-head"), COUNTY_HEAD, null, "请办理",
                    TODAY.plusDays(1), housingLeadsFinanceSupports(), TODAY, NOW))
                    .isInstanceOf(InvalidAssignment.class)
                    .satisfies(e -> assertThat(((InvalidAssignment) e).problems())
                            .extracting(AssignmentProblem::field).containsExactly("date"));
            assertThat(item.status()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
            assertThat(item.instructions()).isEmpty();
        }

        @Test
        void anInstructionCannotBeDatedMoreThanAYearBack() {
            InboxItem item = sentToLeaders();

            assertThatThrownBy(() -> item.instruct(Actor.leader("county-head"), COUNTY_HEAD, null, "请办理",
                    TODAY.minusYears(1).minusDays(1), housingLeadsFinanceSupports(), TODAY, NOW))
                    .isInstanceOf(InvalidAssignment.class)
                    .satisfies(e -> assertThat(((InvalidAssignment) e).problems())
                            .extracting(AssignmentProblem::code).containsExactly("too_old"));
            assertThat(item.instruct(Actor.leader("county-head"), COUNTY_HEAD, null, "请办理", TODAY.minusYears(1),
                    housingLeadsFinanceSupports(), TODAY, NOW).instruction().instructedOn())
                    .isEqualTo(TODAY.minusYears(1));
        }

        @Test
        void anInstructionIsDatedTodayUnlessTold() {
            assertThat(instructedByTheCountyHead(sentToLeaders()).instruction().instructedOn()).isEqualTo(TODAY);
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
        void onlyALeaderOrTheSecretariatInstructs() {
            InboxItem item = sentToLeaders();

            assertThatThrownBy(() -> item.instruct(Actor.office(), COUNTY_HEAD, null, "请办理", null,
                    housingLeadsFinanceSupports(), TODAY, NOW)).isInstanceOf(NotPermitted.class);
            assertThat(item.status()).isEqualTo(ReportStatus.SENT_TO_LEADERS);
        }
    }

    @Nested
    class WhoseInstruction {

        @Test
        void aLeaderMayLeaveOutTheirCodeOrGiveItButNeverAnothers() {
            Actor countyHead = Actor.leader("county-head");

            assertThat(InstructionPolicy.check(countyHead, null, LEADERS, UNITS,
                    housingLeadsFinanceSupports(), null, TODAY)).isEqualTo(COUNTY_HEAD);
            assertThat(InstructionPolicy.check(countyHead, "county-head", LEADERS, UNITS,
                    housingLeadsFinanceSupports(), null, TODAY)).isEqualTo(COUNTY_HEAD);
            assertThatThrownBy(() -> InstructionPolicy.check(countyHead, "party-secretary", LEADERS, UNITS,
                    housingLeadsFinanceSupports(), null, TODAY))
                    .isInstanceOf(InvalidAssignment.class)
                    .satisfies(e -> assertThat(((InvalidAssignment) e).problems())
                            .extracting(AssignmentProblem::field, AssignmentProblem::code)
                            .containsExactly(tuple("leader", "not_own")));
        }

        @Test
        void aLeaderMissingFromTheReferenceDataCannotInstruct() {
            assertThatThrownBy(() -> InstructionPolicy.check(Actor.leader("retired-head"), null,
                    LEADERS, UNITS, housingLeadsFinanceSupports(), null, TODAY))
                    .isInstanceOf(InvalidAssignment.class)
                    .satisfies(e -> assertThat(((InvalidAssignment) e).problems())
                            .extracting(AssignmentProblem::code).containsExactly("unknown"));
        }

        @Test
        void theSecretariatNamesALeaderOfTheReferenceData() {
            Actor secretariat = Actor.leadersOffice();

            assertThat(InstructionPolicy.check(secretariat, "city-mayor", LEADERS, UNITS,
                    housingLeadsFinanceSupports(), null, TODAY)).isEqualTo(CITY_MAYOR);
            assertThatThrownBy(() -> InstructionPolicy.check(secretariat, null, LEADERS, UNITS,
                    housingLeadsFinanceSupports(), null, TODAY))
                    .isInstanceOf(InvalidAssignment.class)
                    .satisfies(e -> assertThat(((InvalidAssignment) e).problems())
                            .extracting(AssignmentProblem::code).containsExactly("required"));
            assertThatThrownBy(() -> InstructionPolicy.check(secretariat, "mayor-of-nowhere", LEADERS, UNITS,
                    housingLeadsFinanceSupports(), null, TODAY))
                    .isInstanceOf(InvalidAssignment.class)
                    .satisfies(e -> assertThat(((InvalidAssignment) e).problems())
                            .extracting(AssignmentProblem::code).containsExactly("unknown"));
        }

        @Test
        void everyBrokenRuleIsNamedAtOnce() {
            List<UnitAssignment> twoLeads = List.of(UnitAssignment.lead("housing-construction", IN_TWO_MONTHS),
                    UnitAssignment.lead("finance", TODAY.minusDays(1)));

            assertThatThrownBy(() -> InstructionPolicy.check(Actor.leadersOffice(), "nobody", LEADERS, UNITS,
                    twoLeads, TODAY.plusDays(3), TODAY))
                    .isInstanceOf(InvalidAssignment.class)
                    .satisfies(e -> assertThat(((InvalidAssignment) e).problems()).extracting(AssignmentProblem::field)
                            .containsExactly("leader", "units", "units[1].deadline", "date"));
        }

        @Test
        void neitherTheOfficeNorAUnitInstructs() {
            assertThatThrownBy(() -> InstructionPolicy.check(Actor.office(), "county-head", LEADERS, UNITS,
                    housingLeadsFinanceSupports(), null, TODAY)).isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> InstructionPolicy.check(new Actor("unit-finance", Role.UNIT, null), "county-head",
                    LEADERS, UNITS, housingLeadsFinanceSupports(), null, TODAY))
                    .isInstanceOf(NotPermitted.class);
        }
    }

    @Nested
    class Releasing {

        @Test
        void theOfficeReleasesAnInstructionToTheAuthorsWithTheNextSequenceAndNoChangeOfStatus() {
            InboxItem item = sentToLeaders();
            Instruction instruction = instructedByTheCountyHead(item).instruction();

            InstructionReleased released = item.release(Actor.office(), instruction.instructionId().toString(),
                    NOW.plusSeconds(900)).orElseThrow();

            assertThat(released.sequence()).isEqualTo(7);
            assertThat(item.sequence()).isEqualTo(7);
            assertThat(item.status()).isEqualTo(ReportStatus.INSTRUCTED);
            assertThat(item.reportStatus()).isEqualTo(ReportStatus.INSTRUCTED);
            assertThat(released.instruction().release()).isEqualTo(new Instruction.Release("office", NOW.plusSeconds(900)));
            assertThat(item.instructions().get(0).released()).isTrue();
            assertThat(item.hasApplied(released.eventId())).isTrue();
        }

        @Test
        void aRepeatedReleaseDecidesNothing() {
            InboxItem item = sentToLeaders();
            String id = instructedByTheCountyHead(item).instruction().instructionId().toString();
            item.release(Actor.leadersOffice(), id, NOW);

            assertThat(item.release(Actor.office(), id, NOW.plusSeconds(60))).isEmpty();

            assertThat(item.sequence()).isEqualTo(7);
            assertThat(item.instructions().get(0).release().releasedBy()).as("the secretariat released it first")
                    .isEqualTo("leader");
        }

        @Test
        void onlyTheOfficeOrTheSecretariatReleases() {
            InboxItem item = sentToLeaders();
            String id = instructedByTheCountyHead(item).instruction().instructionId().toString();

            assertThatThrownBy(() -> item.release(Actor.leader("county-head"), id, NOW)).isInstanceOf(NotPermitted.class);
            assertThat(item.instructions().get(0).released()).isFalse();
            assertThat(item.sequence()).isEqualTo(6);
        }

        @Test
        void anInstructionTheReportDoesNotHaveIsNotFound() {
            InboxItem item = sentToLeaders();
            instructedByTheCountyHead(item);

            assertThatThrownBy(() -> item.release(Actor.office(), UUID.randomUUID().toString(), NOW))
                    .isInstanceOf(InstructionNotFound.class);
            assertThatThrownBy(() -> item.release(Actor.office(), "not-an-id", NOW))
                    .isInstanceOf(InstructionNotFound.class);
            assertThat(item.sequence()).isEqualTo(6);
        }

        @Test
        void aStatusAnnouncedWithTheSameNumberAsAReleaseStillCounts() {
            InboxItem item = sentToLeaders();
            String id = instructedByTheCountyHead(item).instruction().instructionId().toString();
            item.release(Actor.office(), id, NOW);

            assertThat(item.observe(announced(ReportStatus.IN_HANDLING, 7)))
                    .as("follow-up's IN_HANDLING, caused by the instruction (6), may carry 7 too").isTrue();

            assertThat(item.reportStatus()).isEqualTo(ReportStatus.IN_HANDLING);
            assertThat(instructedByTheCountyHead(item).sequence()).isEqualTo(8);
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

            assertThatThrownBy(() -> item.instruct(Actor.leader("county-head"), COUNTY_HEAD, Level.COUNTY, "请办理", null,
                    twoLeads, TODAY, NOW))
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
        void onlyUnitsOfTheReferenceDataAreAssignedAndAMalformedCodeIsNamedOnce() {
            List<UnitAssignment> units = List.of(UnitAssignment.lead("housing-construction", IN_TWO_MONTHS),
                    UnitAssignment.support("housing-bureau", IN_TWO_MONTHS),
                    UnitAssignment.support("Finance Bureau", IN_TWO_MONTHS),
                    UnitAssignment.support("housing-construction", IN_TWO_MONTHS));

            assertThat(AssignmentPolicy.problems(units, TODAY, UNITS))
                    .extracting(AssignmentProblem::field, AssignmentProblem::code)
                    .containsExactly(tuple("units[2].unit", "bad_code"), tuple("units[3].unit", "duplicate"),
                            tuple("units[1].unit", "unknown"));
            assertThatThrownBy(() -> AssignmentPolicy.check(units.subList(0, 2), TODAY, UNITS))
                    .isInstanceOf(InvalidAssignment.class);
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
            assertThat(forwarded.actor()).isEqualTo("office");
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
        void theSecretariatForwardsAndArchivesAsTheOfficeDoes() {
            InboxItem forwarding = sentToLeaders();
            InboxItem archiving = sentToLeaders();

            ReportForwarded forwarded = forwarding.forward(Actor.leadersOffice(), null, housingLeadsFinanceSupports(),
                    TODAY, NOW);
            ReportArchived archived = archiving.archive(Actor.leadersOffice(), "领导已阅，无需批示", NOW);

            assertThat(forwarded).extracting(ReportForwarded::actorRole, ReportForwarded::actor)
                    .containsExactly(Role.LEADERS_OFFICE, "leader");
            assertThat(forwarded.forward().forwardedBy()).isEqualTo("leader");
            assertThat(archived).extracting(ReportArchived::actorRole, ReportArchived::actor)
                    .containsExactly(Role.LEADERS_OFFICE, "leader");
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

            assertThatThrownBy(() -> item.archive(Actor.leader("county-head"), "无需办理", NOW))
                    .isInstanceOf(NotPermitted.class);
            assertThatThrownBy(() -> item.forward(Actor.leader("county-head"), null, housingLeadsFinanceSupports(),
                    TODAY, NOW)).isInstanceOf(NotPermitted.class);
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
