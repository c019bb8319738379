package org.minyi.dashboard.assessment.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.minyi.dashboard.assessment.domain.WorkedExample.A2;
import static org.minyi.dashboard.assessment.domain.WorkedExample.R1;
import static org.minyi.dashboard.assessment.domain.WorkedExample.R2;
import static org.minyi.dashboard.assessment.domain.WorkedExample.R3;
import static org.minyi.dashboard.assessment.domain.WorkedExample.R6;
import static org.minyi.dashboard.assessment.domain.WorkedExample.Z1;
import static org.minyi.dashboard.assessment.domain.WorkedExample.date;
import static org.minyi.dashboard.assessment.domain.WorkedExample.facts;
import static org.minyi.dashboard.assessment.domain.WorkedExample.noon;
import static org.minyi.dashboard.assessment.domain.WorkedExample.roster;

/** README, "A member's standing": the worked example's members as each of them sees their year. */
class MemberStandingPolicyTest {

    @Test
    void aMemberWithTwoAdoptionsSeesTheDutyMetTheReportsThatCountAndWhatEachEarned() {
        MemberStanding liuRuolan = standing(2026, facts(), "m0002");

        assertThat(liuRuolan.name()).isEqualTo("刘若兰");
        assertThat(liuRuolan.adopted()).isEqualTo(2);
        assertThat(liuRuolan.adoptedLastYear()).as("R6's adoption counts in 2026").isZero();
        assertThat(liuRuolan.dutyMet()).isTrue();
        assertThat(liuRuolan.talkList().listed()).isFalse();
        assertThat(liuRuolan.talkList().missedYears()).containsExactly(2025);
        assertThat(liuRuolan.points()).isEqualByComparingTo("13.00");
        assertThat(liuRuolan.reports()).extracting(StandingReport::reportId, StandingReport::committee,
                        StandingReport::grade, StandingReport::adoptedOn, StandingReport::countsForDuty,
                        r -> r.points().toPlainString())
                .containsExactly(
                        tuple(R6, "education", "B", date("2026-01-01"), true, "2.00"),
                        tuple(R1, "economy", "A", date("2026-03-20"), true, "11.00"));
        assertThat(liuRuolan.reports().get(0).adoptedAt()).isEqualTo(Instant.parse("2025-12-31T17:00:00Z"));
        assertThat(liuRuolan.reports().get(1).entries()).extracting(LedgerEntry::item).containsExactly(
                Item.COUNTY_ADOPTION, Item.SPECIAL_PUBLICATION, Item.LEADER_INSTRUCTION, Item.UPSTREAM_ADOPTION);
    }

    @Test
    void aConstituentsAuthorSeesTheReportAdoptedWithinTheCompositeAndItsPoints() {
        MemberStanding wangNing = standing(2026, facts(), "m0004");

        assertThat(wangNing.reports()).singleElement().satisfies(report -> {
            assertThat(report.reportId()).isEqualTo(R3);
            assertThat(report.trackingNumber()).isEqualTo("SQ-2026-000103");
            assertThat(report.via()).isEqualTo(CreditedReport.Via.COMPOSITE);
            assertThat(report.compositeId()).isEqualTo(Z1);
            assertThat(report.compositeTrackingNumber()).isEqualTo("ZH-2026-000001");
            assertThat(report.committee()).isEqualTo("agriculture");
            assertThat(report.adoptedAt()).isEqualTo(noon("2026-05-08"));
            assertThat(report.points()).isEqualByComparingTo("2.00");
            assertThat(report.entries()).singleElement().satisfies(e -> assertThat(e.eventIds()).contains(A2));
        });
        assertThat(wangNing.points()).isEqualByComparingTo("2.00");
    }

    @Test
    void aMemberAtZeroTwoYearsRunningIsOnTheTalkListAndOneAtZeroOnlyThisYearIsNot() {
        MemberStanding fengYongfu = standing(2026, facts(), "m0006");
        MemberStanding weiChunmei = standing(2026, facts(), "m0007");

        assertThat(fengYongfu.submitted()).isEqualTo(1);
        assertThat(fengYongfu.adopted()).isZero();
        assertThat(fengYongfu.dutyMet()).isFalse();
        assertThat(fengYongfu.talkList().listed()).isTrue();
        assertThat(fengYongfu.talkList().missedYears()).containsExactly(2025, 2026);
        assertThat(fengYongfu.points()).isEqualByComparingTo("0.00");
        assertThat(fengYongfu.reports()).isEmpty();
        assertThat(weiChunmei.adoptedLastYear()).isEqualTo(1);
        assertThat(weiChunmei.talkList().listed()).isFalse();
        assertThat(weiChunmei.talkList().missedYears()).as("one more year at zero lists her").containsExactly(2026);
    }

    @Test
    void aReportAdoptedEarlierThatEarnsPointsThisYearIsListedButDoesNotCountForTheDuty() {
        List<Achievement> achievements = new ArrayList<>(WorkedExample.achievements());
        achievements.add(new Achievement(UUID.randomUUID(), Achievement.Kind.LEADER_INSTRUCTION, Level.CITY, null, R1,
                "SQ-2026-000101", 2027, date("2027-02-03"), "economy", "chengguan", null, List.of("m0001", "m0002")));
        YearFacts facts = new YearFacts(WorkedExample.submissions(), WorkedExample.adoptions(),
                WorkedExample.merges(), achievements);

        MemberStanding qinShaohua = standing(2027, facts, "m0001");

        assertThat(qinShaohua.adopted()).isZero();
        assertThat(qinShaohua.adoptedLastYear()).isEqualTo(1);
        assertThat(qinShaohua.dutyMet()).isFalse();
        assertThat(qinShaohua.talkList().missedYears()).containsExactly(2027);
        assertThat(qinShaohua.reports()).singleElement().satisfies(report -> {
            assertThat(report.reportId()).isEqualTo(R1);
            assertThat(report.countsForDuty()).isFalse();
            assertThat(report.via()).isNull();
            assertThat(report.adoptedOn()).isEqualTo(date("2026-03-20"));
            assertThat(report.committee()).isEqualTo("economy");
            assertThat(report.points()).isEqualByComparingTo("5.00");
        });
        assertThat(qinShaohua.points()).isEqualByComparingTo("5.00");
    }

    @Test
    void aCompositesPointsCountOnceForAMemberWhoWroteTwoOfItsConstituents() {
        Merge bothByWangNing = new Merge(WorkedExample.M1, Z1, "ZH-2026-000001", 1, "agriculture", "chengguan",
                List.of(new Merge.Constituent(R2, "SQ-2026-000102", List.of("m0004")),
                        new Merge.Constituent(R3, "SQ-2026-000103", List.of("m0004", "m0005"))));
        YearFacts facts = new YearFacts(WorkedExample.submissions(), WorkedExample.adoptions(), List.of(bothByWangNing),
                WorkedExample.achievements());

        MemberStanding wangNing = standing(2026, facts, "m0004");

        assertThat(wangNing.reports()).extracting(StandingReport::reportId, r -> r.points().toPlainString())
                .containsExactly(tuple(R2, "2.00"), tuple(R3, "0.00"));
        assertThat(wangNing.points()).isEqualByComparingTo("2.00");
    }

    @Test
    void theReportsPointsAddUpToTheMembersPointsInTheLedger() {
        Ledger ledger = PointsPolicy.compute(2026, facts(), roster(), WorkedExample.equalShare2026());
        Duties duties = DutiesPolicy.assess(2026, facts(), roster(), TargetSheet.empty(2026));
        for (MemberPoints member : ledger.members()) {
            MemberStanding standing = MemberStandingPolicy.of(member.code(), duties, ledger, facts()).orElseThrow();

            assertThat(standing.points()).as(member.code()).isEqualByComparingTo(member.points());
            assertThat(standing.reports().stream().map(StandingReport::points).reduce(BigDecimal.ZERO, BigDecimal::add))
                    .as(member.code()).isEqualByComparingTo(member.points());
        }
    }

    @Test
    void aMemberNobodyKnowsHasNoStanding() {
        Duties duties = DutiesPolicy.assess(2026, facts(), roster(), TargetSheet.empty(2026));
        Ledger ledger = PointsPolicy.compute(2026, facts(), roster(), PointsTable.defaults(2026));

        assertThat(MemberStandingPolicy.of("m9999", duties, ledger, facts())).isEmpty();
    }

    @Test
    void onlyTheMemberThemselfTheOfficeAndViewersMayReadAStanding() {
        assertThat(MemberStandingPolicy.mayRead(new Reader(Role.MEMBER, "m0004"), "m0004")).isTrue();
        assertThat(MemberStandingPolicy.mayRead(new Reader(Role.OFFICE, null), "m0004")).isTrue();
        assertThat(MemberStandingPolicy.mayRead(new Reader(Role.VIEWER, null), "m0004")).isTrue();

        assertThat(MemberStandingPolicy.mayRead(new Reader(Role.MEMBER, "m0005"), "m0004")).isFalse();
        assertThat(MemberStandingPolicy.mayRead(new Reader(Role.MEMBER, null), "m0004"))
                .as("a member token without its claim").isFalse();
        for (Role role : List.of(Role.STATION, Role.REVIEWER, Role.LEADER, Role.LEADERS_OFFICE, Role.UNIT,
                Role.SYSTEM)) {
            assertThat(MemberStandingPolicy.mayRead(new Reader(role, "m0004"), "m0004")).as(role.name()).isFalse();
        }
    }

    private static MemberStanding standing(int year, YearFacts facts, String member) {
        return MemberStandingPolicy.of(member, DutiesPolicy.assess(year, facts, roster(), TargetSheet.empty(year)),
                PointsPolicy.compute(year, facts, roster(), PointsTable.defaults(year)), facts).orElseThrow();
    }
}
