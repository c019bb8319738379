package org.minyi.review.queue.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.minyi.review.queue.domain.ReferenceDataFixture.UNITS;

class AssignmentPolicyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);
    private static final LocalDate IN_A_MONTH = TODAY.plusMonths(1);

    @Test
    void oneLeadUnitAndSupportingUnitsOfTheCountyWithSensibleDeadlinesAreSound() {
        assertThat(AssignmentPolicy.problems(List.of(UnitAssignment.lead("housing-construction", IN_A_MONTH),
                UnitAssignment.support("finance", IN_A_MONTH), UnitAssignment.support("gov-chengguan", TODAY)), TODAY,
                UNITS)).isEmpty();
    }

    @Test
    void exactlyOneLeadUnitIsRequired() {
        assertThat(AssignmentPolicy.problems(List.of(UnitAssignment.support("finance", IN_A_MONTH)), TODAY, UNITS))
                .extracting(BrokenRule::field, BrokenRule::code).containsExactly(tuple("units", "one_lead"));
        assertThat(AssignmentPolicy.problems(List.of(UnitAssignment.lead("finance", IN_A_MONTH),
                UnitAssignment.lead("gov-chengguan", IN_A_MONTH)), TODAY, UNITS))
                .extracting(BrokenRule::code).containsExactly("one_lead");
        assertThat(AssignmentPolicy.problems(List.of(), TODAY, UNITS)).extracting(BrokenRule::field, BrokenRule::code)
                .containsExactly(tuple("units", "required"));
    }

    @Test
    void eachUnitIsNamedOnceWellFormedAndKnownToTheCounty() {
        List<BrokenRule> problems = AssignmentPolicy.problems(List.of(UnitAssignment.lead("finance", IN_A_MONTH),
                UnitAssignment.support("finance", IN_A_MONTH), UnitAssignment.support("Bureau Of X", IN_A_MONTH),
                UnitAssignment.support("ministry-of-magic", IN_A_MONTH)), TODAY, UNITS);

        assertThat(problems).extracting(BrokenRule::field, BrokenRule::code).containsExactly(
                tuple("units[1].unit", "duplicate"), tuple("units[2].unit", "bad_code"),
                tuple("units[3].unit", "unknown"));
        assertThat(problems.get(2).messageZh()).contains("ministry-of-magic");
    }

    @Test
    void aDeadlineIsNeitherPastNorMoreThanTwoYearsAhead() {
        List<BrokenRule> problems = AssignmentPolicy.problems(List.of(
                UnitAssignment.lead("finance", TODAY.minusDays(1)),
                UnitAssignment.support("gov-chengguan", TODAY.plusYears(2).plusDays(1)),
                UnitAssignment.support("housing-construction", TODAY.plusYears(2))), TODAY, UNITS);

        assertThat(problems).extracting(BrokenRule::field, BrokenRule::code).containsExactly(
                tuple("units[0].deadline", "in_past"), tuple("units[1].deadline", "too_far"));
    }

    @Test
    void moreThanTwentyUnitsIsTooMany() {
        List<UnitAssignment> many = new java.util.ArrayList<>();
        many.add(UnitAssignment.lead("finance", IN_A_MONTH));
        for (int i = 0; i < AssignmentPolicy.MAX_UNITS; i++) {
            many.add(UnitAssignment.support("gov-chengguan", IN_A_MONTH));
        }

        assertThat(AssignmentPolicy.problems(many, TODAY, UNITS)).extracting(BrokenRule::code).contains("too_many");
    }
}
