package org.minyi.dashboard.assessment.domain;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.minyi.dashboard.reference.domain.UnitKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.minyi.dashboard.assessment.domain.WorkedExample.A2;
import static org.minyi.dashboard.assessment.domain.WorkedExample.M1;
import static org.minyi.dashboard.assessment.domain.WorkedExample.R2;
import static org.minyi.dashboard.assessment.domain.WorkedExample.R3;
import static org.minyi.dashboard.assessment.domain.WorkedExample.facts;
import static org.minyi.dashboard.assessment.domain.WorkedExample.roster;
import static org.minyi.dashboard.assessment.domain.WorkedExample.targets2026;

/** README, "Worked example": the tables under "Duties 2026" and "Grades and ranks 2026". */
class DutiesPolicyTest {

    private final Duties duties = DutiesPolicy.assess(2026, facts(), roster(), targets2026());

    @Test
    void everyCoAuthorAndEveryAuthorOfAMergedConstituentIsCredited() {
        assertThat(duties.members()).extracting(MemberDuty::code, MemberDuty::submitted, MemberDuty::adopted)
                .containsExactly(
                        tuple("m0002", 1L, 2L),
                        tuple("m0001", 1L, 1L),
                        tuple("m0003", 1L, 1L),
                        tuple("m0004", 1L, 1L),
                        tuple("m0005", 1L, 1L),
                        tuple("m0006", 1L, 0L),
                        tuple("m0007", 0L, 0L));
    }

    @Test
    void aConstituentIsCreditedThroughTheCompositeWithTheAdoptionAndTheMergeAsEvidence() {
        MemberDuty wangNing = member("m0004");

        assertThat(wangNing.reports()).singleElement().satisfies(report -> {
            assertThat(report.reportId()).isEqualTo(R3);
            assertThat(report.trackingNumber()).isEqualTo("SQ-2026-000103");
            assertThat(report.via()).isEqualTo(CreditedReport.Via.COMPOSITE);
            assertThat(report.compositeTrackingNumber()).isEqualTo("ZH-2026-000001");
            assertThat(report.township()).isEqualTo("chengguan");
            assertThat(report.sectors()).containsExactly("cdl", "agriculture");
            assertThat(report.eventIds()).containsExactly(A2, M1);
        });
        assertThat(member("m0003").reports()).extracting(CreditedReport::reportId).containsExactly(R2);
    }

    @Test
    void anAdoptionAtOneInTheMorningOfNewYearsDayBeijingTimeCountsInTheNewYear() {
        Duties year2025 = DutiesPolicy.assess(2025, facts(), roster(), TargetSheet.empty(2025));

        assertThat(member("m0002").reports()).extracting(CreditedReport::trackingNumber)
                .containsExactly("SQ-2025-000120", "SQ-2026-000101");
        assertThat(year2025.members()).filteredOn(m -> m.code().equals("m0002")).singleElement()
                .extracting(MemberDuty::adopted).isEqualTo(0L);
    }

    @Test
    void membersWithoutAnAdoptionThisYearAreAtZero() {
        assertThat(duties.zero()).extracting(MemberDuty::code).containsExactly("m0006", "m0007");
    }

    @Test
    void theTalkListHoldsOnlyMembersWithoutAnAdoptionThisYearAndTheYearBefore() {
        assertThat(duties.talkList()).extracting(MemberDuty::code, MemberDuty::adopted, MemberDuty::adoptedYearBefore)
                .containsExactly(tuple("m0006", 0L, 0L));
        assertThat(member("m0007").adoptedYearBefore()).as("adopted in November 2025, so not on the talk list")
                .isEqualTo(1);
    }

    @Test
    void stationsCountTheirTownshipsCreditedReportsAndAreGradedAndRankedAgainstTheirTargets() {
        assertThat(duties.stations()).extracting(UnitDuty::code, UnitDuty::submitted, UnitDuty::adopted,
                        UnitDuty::target, UnitDuty::completion, UnitDuty::grade, UnitDuty::rank)
                .containsExactly(
                        tuple("xinji", 1L, 1L, 1, 100, Grade.GOOD, 1),
                        tuple("chengguan", 2L, 2L, 3, 66, Grade.BASIC, 2),
                        tuple("xishan", 0L, 1L, 2, 50, Grade.SHORT, 3),
                        tuple("taoyuan", 1L, 0L, 1, 0, Grade.SHORT, 4),
                        tuple("nanhu", 0L, 0L, null, null, null, 5),
                        tuple("gaoling", 0L, 0L, null, null, null, 5));
    }

    @Test
    void sectorsCountTheSectorAReportNamesOrElseItsAuthorsSectorsAndTiesShareARank() {
        assertThat(duties.sectors()).extracting(UnitDuty::code, UnitDuty::adopted, UnitDuty::target,
                        UnitDuty::completion, UnitDuty::grade, UnitDuty::rank)
                .containsExactly(
                        tuple("cdl", 2L, 1, 200, Grade.EXCELLENT, 1),
                        tuple("economy", 1L, 1, 100, Grade.GOOD, 2),
                        tuple("agriculture", 1L, 1, 100, Grade.GOOD, 2),
                        tuple("jiusan", 1L, 2, 50, Grade.SHORT, 4),
                        tuple("education", 0L, null, null, null, 5));
        assertThat(duties.sectors()).filteredOn(s -> s.code().equals("education")).singleElement()
                .extracting(UnitDuty::submitted).as("R4 by m0006 (education), not adopted").isEqualTo(1L);
    }

    @Test
    void committeesCountWhatTheyAdoptedACompositeOnce() {
        assertThat(duties.committees()).extracting(UnitDuty::code, UnitDuty::submitted, UnitDuty::adopted,
                        UnitDuty::target, UnitDuty::grade, UnitDuty::rank)
                .containsExactly(
                        tuple("agriculture", null, 1L, 1, Grade.GOOD, 1),
                        tuple("economy", null, 1L, 2, Grade.SHORT, 2),
                        tuple("education", null, 1L, null, null, 3));
    }

    @Test
    void aCompositeWhoseMergeWasNeverSeenCreditsItsConstituentsFromTheirSubmissions() {
        YearFacts withoutMerge = new YearFacts(WorkedExample.submissions(), WorkedExample.adoptions(), List.of(),
                WorkedExample.achievements());

        Duties withoutMergeDuties = DutiesPolicy.assess(2026, withoutMerge, roster(), targets2026());

        assertThat(withoutMergeDuties.members()).filteredOn(m -> m.code().equals("m0005")).singleElement()
                .satisfies(m -> assertThat(m.reports()).extracting(CreditedReport::reportId).containsExactly(R3));
    }

    @Test
    void withoutTargetsNothingIsGradedAndUnitsRankByAdoptions() {
        Duties untargeted = DutiesPolicy.assess(2026, facts(), roster(), TargetSheet.empty(2026));

        assertThat(untargeted.stations()).extracting(UnitDuty::code, UnitDuty::grade, UnitDuty::rank)
                .startsWith(tuple("chengguan", null, 1), tuple("xinji", null, 2), tuple("xishan", null, 2));
        assertThat(untargeted.targets().targets().get(UnitKind.STATION)).isEqualTo(Map.of());
    }

    private MemberDuty member(String code) {
        return duties.members().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }
}
