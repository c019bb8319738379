package org.minyi.dashboard.assessment.domain;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.minyi.dashboard.assessment.domain.WorkedExample.facts;
import static org.minyi.dashboard.assessment.domain.WorkedExample.roster;

/** README, "Worked example": the tables under "Commendation candidates 2026". */
class CommendationPolicyTest {

    private final Ledger ledger = PointsPolicy.compute(2026, facts(), roster(), PointsTable.defaults(2026));
    private final Commendations commendations = CommendationPolicy.rank(2026, facts(), roster(), ledger, 10);

    @Test
    void membersRankByPointsThenAdoptionRateThenAdoptionsAndEqualOnesShareARank() {
        assertThat(commendations.individuals()).extracting(Candidate::rank, Candidate::code, Candidate::points,
                        c -> c.rate().adopted() + "/" + c.rate().submitted(), Candidate::adopted)
                .containsExactly(
                        tuple(1, "m0002", points("13.00"), "1/1", 2L),
                        tuple(2, "m0001", points("11.00"), "1/1", 1L),
                        tuple(3, "m0003", points("2.00"), "1/1", 1L),
                        tuple(3, "m0004", points("2.00"), "1/1", 1L),
                        tuple(3, "m0005", points("2.00"), "1/1", 1L));
    }

    @Test
    void aMembersEvidenceIsTheirLedgerEntriesAndCreditedReports() {
        Candidate first = commendations.individuals().get(0);

        assertThat(first.entries()).hasSize(5);
        assertThat(first.reports()).extracting(CreditedReport::trackingNumber)
                .containsExactly("SQ-2025-000120", "SQ-2026-000101");
    }

    @Test
    void stationsWithoutSubmissionsThisYearRankBelowEqualPointsWithARate() {
        assertThat(commendations.stations()).extracting(Candidate::rank, Candidate::code, Candidate::points,
                        c -> c.rate().value())
                .containsExactly(
                        tuple(1, "chengguan", points("13.00"), 1.0),
                        tuple(2, "xinji", points("2.00"), 1.0),
                        tuple(3, "xishan", points("2.00"), null));
    }

    @Test
    void sectorsGetTheWholeAwardOncePerEventThroughEveryPartThatCountsForThem() {
        assertThat(commendations.sectors()).extracting(Candidate::rank, Candidate::code, Candidate::points,
                        Candidate::adopted)
                .containsExactly(
                        tuple(1, "cdl", points("13.00"), 2L),
                        tuple(2, "agriculture", points("2.00"), 1L),
                        tuple(2, "economy", points("2.00"), 1L),
                        tuple(4, "jiusan", points("2.00"), 1L));
        assertThat(commendations.sectors().get(0).awards()).hasSize(5);
    }

    @Test
    void theListIsCutAfterTheLimit() {
        Commendations top2 = CommendationPolicy.rank(2026, facts(), roster(), ledger, 2);

        assertThat(top2.individuals()).extracting(Candidate::code).containsExactly("m0002", "m0001");
    }

    private static BigDecimal points(String value) {
        return new BigDecimal(value);
    }
}
