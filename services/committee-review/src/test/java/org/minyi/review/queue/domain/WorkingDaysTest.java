package org.minyi.review.queue.domain;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkingDaysTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 16);

    /** National Day 2026 as a county would configure it: the weekdays off, and a Saturday worked to make up. */
    private static final WorkingDays NATIONAL_DAY = new WorkingDays(
            Set.of(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 2), LocalDate.of(2026, 10, 5),
                    LocalDate.of(2026, 10, 6), LocalDate.of(2026, 10, 7)),
            Set.of(LocalDate.of(2026, 10, 10)));

    @Test
    void weekdaysAreWorkedAndWeekendsAreNot() {
        WorkingDays calendar = WorkingDays.weekdays();

        assertThat(calendar.isWorkingDay(MONDAY)).isTrue();
        assertThat(calendar.isWorkingDay(MONDAY.plusDays(4))).isTrue();
        assertThat(calendar.isWorkingDay(MONDAY.plusDays(5))).as("Saturday").isFalse();
        assertThat(calendar.isWorkingDay(MONDAY.plusDays(6))).as("Sunday").isFalse();
    }

    @Test
    void holidaysAreOffAndMakeUpDaysOnAWeekendAreWorked() {
        assertThat(NATIONAL_DAY.isWorkingDay(LocalDate.of(2026, 10, 1))).isFalse();
        assertThat(NATIONAL_DAY.isWorkingDay(LocalDate.of(2026, 10, 10))).as("调休 Saturday").isTrue();
        assertThat(NATIONAL_DAY.isWorkingDay(LocalDate.of(2026, 10, 8))).isTrue();
    }

    @Test
    void theDayCountedFromDoesNotCount() {
        WorkingDays calendar = WorkingDays.weekdays();

        assertThat(calendar.after(MONDAY, 10)).isEqualTo(LocalDate.of(2026, 3, 30));
        assertThat(calendar.after(LocalDate.of(2026, 3, 20), 1)).as("from a Friday")
                .isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(calendar.after(LocalDate.of(2026, 3, 21), 1)).as("from a Saturday")
                .isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(calendar.after(MONDAY, 0)).isEqualTo(MONDAY);
    }

    @Test
    void holidaysPushTheDayOnAndMakeUpDaysBringItBack() {
        assertThat(NATIONAL_DAY.after(LocalDate.of(2026, 9, 28), 5)).isEqualTo(LocalDate.of(2026, 10, 10));
        assertThat(WorkingDays.weekdays().after(LocalDate.of(2026, 9, 28), 5)).isEqualTo(LocalDate.of(2026, 10, 5));
    }

    @Test
    void aCalendarThatContradictsItselfIsRefused() {
        LocalDate saturday = LocalDate.of(2026, 10, 10);
        assertThatThrownBy(() -> new WorkingDays(Set.of(saturday), Set.of(saturday)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2026-10-10");
        assertThatThrownBy(() -> new WorkingDays(Set.of(), Set.of(LocalDate.of(2026, 10, 8))))
                .as("a make-up day on a Thursday").isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> WorkingDays.weekdays().after(MONDAY, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
