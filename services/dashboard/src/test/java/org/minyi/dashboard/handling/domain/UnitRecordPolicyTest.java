package org.minyi.dashboard.handling.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.minyi.dashboard.reference.domain.HandlingUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.dashboard.handling.domain.HandlingFixture.fed;
import static org.minyi.dashboard.handling.domain.HandlingFixture.lead;
import static org.minyi.dashboard.handling.domain.HandlingFixture.report;
import static org.minyi.dashboard.handling.domain.HandlingFixture.support;

class UnitRecordPolicyTest {

    private static final List<HandlingUnit> ROSTER = List.of(
            new HandlingUnit("transport", "县交通运输局", "Transport Bureau", "DEPARTMENT"),
            new HandlingUnit("finance", "县财政局", "Finance Bureau", "DEPARTMENT"),
            new HandlingUnit("health", "县卫生健康局", "Health Commission", "DEPARTMENT"),
            new HandlingUnit("gov-hekou", "河口镇人民政府", "Hekou Town Government", "TOWNSHIP"));

    @Test
    void feedbackOnTheDeadlineDayIsOnTimeAndAfterMidnightInTheCountyItIsLate() {
        HandlingFixture report = report("SQ-2026-000001")
                .assigned("2026-03-01T09:00", 6, lead("transport", "2026-03-20"), support("finance", "2026-03-20"))
                .handled(8, fed("finance", Result.B, "2026-03-20T23:59"),
                        fed("transport", Result.A, "2026-03-21T00:01"));

        UnitsYear year = UnitRecordPolicy.of(2026, ROSTER, List.of(report.history()));

        UnitCounts finance = counts(year, "finance");
        assertThat(finance.fedBack()).isEqualTo(1);
        assertThat(finance.onTime()).isEqualTo(1);
        assertThat(finance.late()).isZero();
        UnitCounts transport = counts(year, "transport");
        assertThat(transport.fedBack()).isEqualTo(1);
        assertThat(transport.onTime()).as("one minute past midnight after the deadline day").isZero();
        assertThat(transport.late()).isEqualTo(1);
        assertThat(transport.lead()).isEqualTo(1);
        assertThat(transport.open()).isZero();
        assertThat(year.totals().onTimeRate()).isEqualTo(new Share(1, 2));
        assertThat(year.totals().onTimeRate().value()).isEqualTo(0.5);
    }

    @Test
    void aUnitNamedAgainByASecondInstructionIsOneTaskWithTheEarlierDeadlineAndTheLeadRole() {
        HandlingFixture report = report("SQ-2026-000002")
                .assigned("2026-03-01T09:00", 6, lead("transport", "2026-03-31"), support("finance", "2026-03-31"))
                .assigned("2026-03-05T10:00", 8, support("transport", "2026-03-20"), support("health", null),
                        support("finance", "2026-04-30"))
                .handled(10, fed("transport", Result.A, "2026-03-25T10:00"),
                        fed("finance", Result.B, "2026-03-30T10:00"),
                        fed("health", Result.C, "2026-06-01T10:00"));

        UnitsYear year = UnitRecordPolicy.of(2026, ROSTER, List.of(report.history()));

        assertThat(year.tasks()).extracting(UnitTask::unit).containsExactly("transport", "finance", "health");
        UnitTask transport = task(year, "transport");
        assertThat(transport.role()).as("LEAD stays LEAD when named again as support").isEqualTo(TaskRole.LEAD);
        assertThat(transport.deadline()).isEqualTo(LocalDate.parse("2026-03-20"));
        assertThat(transport.onTime()).as("fed back after the earlier deadline").isFalse();
        assertThat(transport.assignedOn()).isEqualTo(LocalDate.parse("2026-03-01"));
        assertThat(task(year, "finance").deadline()).isEqualTo(LocalDate.parse("2026-03-31"));
        assertThat(task(year, "finance").onTime()).isTrue();
        assertThat(task(year, "health").deadline()).isNull();
        assertThat(task(year, "health").onTime()).as("without a deadline a unit cannot be late").isTrue();
        assertThat(counts(year, "transport").tasks()).isEqualTo(1);
        assertThat(year.totals().tasks()).isEqualTo(3);
        assertThat(year.totals().lead()).isEqualTo(1);
    }

    @Test
    void aReopenedReportFedBackTwiceCountsOncePerTaskWithTheLatestResult() {
        HandlingFixture report = report("SQ-2026-000003")
                .assigned("2026-03-01T09:00", 6, lead("transport", "2026-03-31"), support("finance", "2026-03-31"))
                .handled(8, fed("transport", Result.C, "2026-03-20T10:00"),
                        fed("finance", Result.B, "2026-03-18T10:00"))
                .rated("2026-03-22T10:00", 9, Satisfaction.UNSATISFIED)
                .reopened("2026-03-22T10:00", 10);

        UnitsYear reopened = UnitRecordPolicy.of(2026, ROSTER, List.of(report.history()));

        assertThat(counts(reopened, "transport").open()).as("it owes a new feedback").isEqualTo(1);
        assertThat(counts(reopened, "transport").fedBack()).as("its first feedback stands").isEqualTo(1);
        assertThat(task(reopened, "transport").result()).isEqualTo(Result.C);

        report.handled(11, fed("transport", Result.A, "2026-04-25T10:00"), fed("finance", Result.A, "2026-04-20T10:00"))
                .rated("2026-04-26T10:00", 12, Satisfaction.SATISFIED);
        UnitsYear handledAgain = UnitRecordPolicy.of(2026, ROSTER, List.of(report.history()));

        for (String unit : List.of("transport", "finance")) {
            UnitCounts counts = counts(handledAgain, unit);
            assertThat(counts.tasks()).as(unit).isEqualTo(1);
            assertThat(counts.fedBack()).as(unit).isEqualTo(1);
            assertThat(counts.open()).as(unit).isZero();
            assertThat(counts.results()).as(unit).containsEntry(Result.A, 1L).containsEntry(Result.B, 0L)
                    .containsEntry(Result.C, 0L);
            assertThat(counts.onTime()).as(unit + ": the first feedback kept its deadline").isEqualTo(1);
            assertThat(counts.satisfaction()).as(unit + ": the latest rating")
                    .containsEntry(Satisfaction.SATISFIED, 1L).containsEntry(Satisfaction.UNSATISFIED, 0L);
        }
        assertThat(UnitRecordPolicy.of(2026, ROSTER, List.of(report.historyReversed())))
                .as("the same facts arriving in another order").isEqualTo(handledAgain);
    }

    @Test
    void aUnitNamedAgainAfterItFedBackIsOpenUntilItFeedsBackAgain() {
        HandlingFixture report = report("SQ-2026-000004")
                .assigned("2026-03-01T09:00", 6, lead("transport", "2026-03-31"))
                .handled(8, fed("transport", Result.B, "2026-03-10T10:00"))
                .assigned("2026-03-15T10:00", 9, lead("transport", "2026-04-15"), support("finance", "2026-04-15"));

        UnitsYear namedAgain = UnitRecordPolicy.of(2026, ROSTER, List.of(report.history()));

        assertThat(task(namedAgain, "transport").open()).isTrue();
        assertThat(task(namedAgain, "transport").deadline()).as("the round it fed back in")
                .isEqualTo(LocalDate.parse("2026-03-31"));
        assertThat(task(namedAgain, "finance").open()).isTrue();

        report.handled(12, fed("transport", Result.A, "2026-04-20T10:00"),
                fed("finance", Result.A, "2026-04-10T10:00"));
        UnitsYear handled = UnitRecordPolicy.of(2026, ROSTER, List.of(report.history()));

        assertThat(task(handled, "transport").open()).isFalse();
        assertThat(task(handled, "transport").result()).isEqualTo(Result.A);
        assertThat(task(handled, "transport").onTime()).isTrue();
        assertThat(task(handled, "finance").onTime()).isTrue();
    }

    @Test
    void theReportsLatestRatingCountsForEveryUnitWithATaskOnIt() {
        HandlingFixture rated = report("SQ-2026-000005")
                .assigned("2026-05-01T09:00", 6, lead("transport", "2026-05-31"), support("finance", "2026-05-31"),
                        support("gov-hekou", "2026-05-31"))
                .handled(8, fed("transport", Result.A, "2026-05-20T10:00"),
                        fed("finance", Result.A, "2026-05-20T10:00"),
                        fed("gov-hekou", Result.B, "2026-05-21T10:00"))
                .rated("2026-05-25T10:00", 9, Satisfaction.BASICALLY_SATISFIED);
        HandlingFixture unhappy = report("SQ-2026-000006")
                .assigned("2026-05-02T09:00", 6, lead("transport", "2026-05-31"))
                .handled(8, fed("transport", Result.C, "2026-05-10T10:00"))
                .rated("2026-05-12T10:00", 9, Satisfaction.UNSATISFIED);
        HandlingFixture unrated = report("SQ-2026-000007")
                .assigned("2026-05-03T09:00", 6, lead("transport", "2026-05-31"));

        UnitsYear year = UnitRecordPolicy.of(2026, ROSTER,
                List.of(rated.history(), unhappy.history(), unrated.history()));

        for (String unit : List.of("finance", "gov-hekou")) {
            assertThat(counts(year, unit).satisfaction()).as(unit)
                    .containsEntry(Satisfaction.BASICALLY_SATISFIED, 1L);
            assertThat(counts(year, unit).satisfactionRate().value()).as(unit).isEqualTo(1.0);
        }
        UnitCounts transport = counts(year, "transport");
        assertThat(transport.tasks()).isEqualTo(3);
        assertThat(transport.rated()).isEqualTo(2);
        assertThat(transport.satisfaction()).containsEntry(Satisfaction.BASICALLY_SATISFIED, 1L)
                .containsEntry(Satisfaction.UNSATISFIED, 1L).containsEntry(Satisfaction.SATISFIED, 0L);
        assertThat(transport.satisfactionRate()).isEqualTo(new Share(1, 2));
        assertThat(transport.open()).isEqualTo(1);
        assertThat(year.totals().rated()).isEqualTo(4);
    }

    @Test
    void everyUnitOfTheRosterHasARowZerosIncludedAndUnknownUnitsFollowByCode() {
        HandlingFixture report = report("SQ-2026-000008")
                .assigned("2026-07-01T09:00", 6, lead("water-works", "2026-07-31"), support("transport", null),
                        support("airport", null));

        UnitsYear year = UnitRecordPolicy.of(2026, ROSTER, List.of(report.history()));

        assertThat(year.units()).extracting(row -> row.unit().code())
                .containsExactly("transport", "finance", "health", "gov-hekou", "airport", "water-works");
        UnitCounts health = counts(year, "health");
        assertThat(health.tasks()).isZero();
        assertThat(health.results()).containsOnlyKeys(Result.values()).allSatisfy((r, n) -> assertThat(n).isZero());
        assertThat(health.satisfaction()).containsOnlyKeys(Satisfaction.values());
        assertThat(health.onTimeRate().value()).isNull();
        assertThat(health.satisfactionRate().value()).isNull();
        assertThat(row(year, "water-works").unit().name()).isNull();
        assertThat(row(year, "finance").unit().name()).isEqualTo("县财政局");
        assertThat(counts(year, "water-works").open()).isEqualTo(1);
    }

    @Test
    void aTaskCountsInTheCountyYearOfItsFirstAssignment() {
        HandlingFixture report = report("SQ-2026-000009")
                // county times: half an hour before the new year, and an hour and a half into it
                .assigned("2026-12-31T23:30", 6, lead("transport", "2027-01-20"))
                .assigned("2027-01-01T01:30", 8, lead("finance", "2027-01-20"), support("transport", "2027-01-15"));

        UnitsYear in2026 = UnitRecordPolicy.of(2026, ROSTER, List.of(report.history()));
        UnitsYear in2027 = UnitRecordPolicy.of(2027, ROSTER, List.of(report.history()));

        assertThat(in2026.tasks()).extracting(UnitTask::unit).containsExactly("transport");
        assertThat(in2027.tasks()).extracting(UnitTask::unit).containsExactly("finance");
        assertThat(task(in2026, "transport").deadline()).isEqualTo(LocalDate.parse("2027-01-15"));
    }

    @Test
    void overdueAndUrgedFlagsCountForTheirUnitOnceEach() {
        HandlingFixture report = report("SQ-2026-000010")
                .assigned("2026-03-01T09:00", 6, lead("transport", "2026-03-20"), support("finance", "2026-03-20"))
                .flagged(UnitFlag.Kind.OVERDUE, "transport", "2026-03-21T00:00", 7)
                .lastFlagRepeated()
                .flagged(UnitFlag.Kind.URGED, "transport", "2026-03-22T09:00", 7)
                .flagged(UnitFlag.Kind.URGED, "transport", "2026-03-25T09:00", 7)
                .flagged(UnitFlag.Kind.URGED, "finance", "2026-03-25T09:00", 7)
                .flagged(UnitFlag.Kind.OVERDUE, "health", "2026-03-25T09:00", 7);

        UnitsYear year = UnitRecordPolicy.of(2026, ROSTER, List.of(report.history()));

        assertThat(counts(year, "transport").overdue()).isEqualTo(1);
        assertThat(counts(year, "transport").urged()).isEqualTo(2);
        assertThat(counts(year, "finance").overdue()).isZero();
        assertThat(counts(year, "finance").urged()).isEqualTo(1);
        assertThat(counts(year, "health").overdue()).as("no task of its own on the report").isZero();
        assertThat(year.totals().overdue()).isEqualTo(1);
        assertThat(year.totals().open()).isEqualTo(2);
        assertThat(year.totals().fedBack()).isZero();
    }

    private static UnitRecord row(UnitsYear year, String unit) {
        return year.units().stream().filter(row -> row.unit().code().equals(unit)).findFirst().orElseThrow();
    }

    private static UnitCounts counts(UnitsYear year, String unit) {
        return row(year, unit).counts();
    }

    private static UnitTask task(UnitsYear year, String unit) {
        return year.tasks().stream().filter(task -> task.unit().equals(unit)).findFirst().orElseThrow();
    }
}
