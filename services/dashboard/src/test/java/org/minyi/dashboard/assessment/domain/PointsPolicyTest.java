package org.minyi.dashboard.assessment.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.minyi.dashboard.assessment.domain.WorkedExample.A1;
import static org.minyi.dashboard.assessment.domain.WorkedExample.A2;
import static org.minyi.dashboard.assessment.domain.WorkedExample.A6;
import static org.minyi.dashboard.assessment.domain.WorkedExample.I1;
import static org.minyi.dashboard.assessment.domain.WorkedExample.M1;
import static org.minyi.dashboard.assessment.domain.WorkedExample.P0;
import static org.minyi.dashboard.assessment.domain.WorkedExample.P1;
import static org.minyi.dashboard.assessment.domain.WorkedExample.U1;
import static org.minyi.dashboard.assessment.domain.WorkedExample.equalShare2026;
import static org.minyi.dashboard.assessment.domain.WorkedExample.facts;
import static org.minyi.dashboard.assessment.domain.WorkedExample.roster;

/** README, "Worked example": the tables under "Points 2026". */
class PointsPolicyTest {

    @Test
    void whoeverWritesScoresGivesEveryAuthorTheItemsFullPoints() {
        Ledger ledger = PointsPolicy.compute(2026, facts(), roster(), PointsTable.defaults(2026));

        assertThat(ledger.members()).extracting(MemberPoints::code, MemberPoints::points)
                .containsExactly(
                        tuple("m0002", points("13.00")),
                        tuple("m0001", points("11.00")),
                        tuple("m0003", points("2.00")),
                        tuple("m0004", points("2.00")),
                        tuple("m0005", points("2.00")));
    }

    @Test
    void theEntriesOfAReportFollowTheTableItemByItem() {
        Ledger ledger = PointsPolicy.compute(2026, facts(), roster(), PointsTable.defaults(2026));

        assertThat(ledger.entries()).filteredOn(e -> e.member().equals("m0001"))
                .extracting(LedgerEntry::on, LedgerEntry::item, LedgerEntry::level, LedgerEntry::mode, LedgerEntry::points)
                .containsExactly(
                        tuple(WorkedExample.date("2026-03-20"), Item.COUNTY_ADOPTION, null, null, points("2.00")),
                        tuple(WorkedExample.date("2026-04-02"), Item.SPECIAL_PUBLICATION, null, null, points("3.00")),
                        tuple(WorkedExample.date("2026-04-10"), Item.LEADER_INSTRUCTION, Level.COUNTY, null, points("3.00")),
                        tuple(WorkedExample.date("2026-06-20"), Item.UPSTREAM_ADOPTION, Level.CITY, Mode.FORWARDED,
                                points("3.00")));
    }

    @Test
    void anEqualShareDividesToTheCentAndLeftoverCentsGoToTheFirstAuthorsByCode() {
        Ledger ledger = PointsPolicy.compute(2026, facts(), roster(), equalShare2026());

        assertThat(ledger.members()).extracting(MemberPoints::code, MemberPoints::points)
                .containsExactly(
                        tuple("m0002", points("7.50")),
                        tuple("m0001", points("5.50")),
                        tuple("m0003", points("0.67")),
                        tuple("m0004", points("0.67")),
                        tuple("m0005", points("0.66")));
        assertThat(ledger.entries()).filteredOn(e -> e.eventIds().contains(A2))
                .extracting(LedgerEntry::points).map(BigDecimal::toPlainString).containsExactly("0.67", "0.67", "0.66");
    }

    @Test
    void everyEntryNamesTheEventsThatEarnedItAndACompositesAdoptionAlsoItsMerge() {
        Ledger ledger = PointsPolicy.compute(2026, facts(), roster(), PointsTable.defaults(2026));

        assertThat(ledger.entries()).filteredOn(e -> e.member().equals("m0002"))
                .extracting(LedgerEntry::eventIds)
                .containsExactly(List.of(A6), List.of(A1), List.of(P1), List.of(I1), List.of(U1));
        assertThat(ledger.entries()).filteredOn(e -> e.member().equals("m0004")).singleElement()
                .satisfies(e -> {
                    assertThat(e.eventIds()).containsExactly(A2, M1);
                    assertThat(e.trackingNumber()).isEqualTo("ZH-2026-000001");
                    assertThat(e.authors()).isEqualTo(3);
                });
    }

    @Test
    void aRegularPublicationEarnsNothingSinceTheAdoptionAlreadyCounted() {
        Ledger ledger = PointsPolicy.compute(2026, facts(), roster(), PointsTable.defaults(2026));

        assertThat(ledger.entries()).noneMatch(e -> e.eventIds().contains(P0));
        assertThat(ledger.awards()).hasSize(6);
    }

    @Test
    void theOfficesTableDecidesAndAnItemWorthNothingLeavesNoEntry() {
        PointsTable defaults = PointsTable.defaults(2026);
        PointsTable noAdoptionPoints = new PointsTable(2026, BigDecimal.ZERO, new BigDecimal("4.5"),
                Map.of(Level.CITY, Map.of(Mode.SINGLE, BigDecimal.TEN, Mode.FORWARDED, new BigDecimal("6")),
                        Level.PROVINCE, defaults.upstream().get(Level.PROVINCE),
                        Level.NATIONAL, defaults.upstream().get(Level.NATIONAL)),
                defaults.instruction(), SplitRule.WHOEVER_WRITES);

        Ledger ledger = PointsPolicy.compute(2026, facts(), roster(), noAdoptionPoints);

        assertThat(ledger.entries()).noneMatch(e -> e.item() == Item.COUNTY_ADOPTION);
        assertThat(ledger.members()).extracting(MemberPoints::code, MemberPoints::points)
                .containsExactly(tuple("m0001", points("13.50")), tuple("m0002", points("13.50")));
    }

    @Test
    void onlyTheYearsEventsCount() {
        Ledger ledger = PointsPolicy.compute(2025, facts(), roster(), PointsTable.defaults(2025));

        assertThat(ledger.members()).extracting(MemberPoints::code, MemberPoints::points)
                .containsExactly(tuple("m0007", points("2.00")));
    }

    private static BigDecimal points(String value) {
        return new BigDecimal(value);
    }
}
