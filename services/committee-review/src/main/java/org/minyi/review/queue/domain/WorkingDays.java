package org.minyi.review.queue.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

/**
 * The county's working-day calendar (工作日): Monday to Friday, except the public holidays the State Council
 * announces each year (节假日), plus the weekend days it makes working days to make up for them (调休上班).
 */
public final class WorkingDays {

    /** A time limit counted in working days never needs to look further ahead than this. */
    private static final int MAX_DAYS_SCANNED = 3 * 366;

    private final Set<LocalDate> holidays;
    private final Set<LocalDate> workdays;

    /**
     * @param holidays weekdays off (a holiday on a weekend changes nothing)
     * @param workdays weekend days worked
     * @throws IllegalArgumentException when a date is both, or a workday is not a Saturday or Sunday
     */
    public WorkingDays(Set<LocalDate> holidays, Set<LocalDate> workdays) {
        this.holidays = Set.copyOf(holidays);
        this.workdays = Set.copyOf(workdays);
        Set<LocalDate> both = new HashSet<>(this.holidays);
        both.retainAll(this.workdays);
        if (!both.isEmpty()) {
            throw new IllegalArgumentException("a date cannot be both a holiday and a working day: " + both);
        }
        for (LocalDate workday : this.workdays) {
            if (!isWeekend(workday)) {
                throw new IllegalArgumentException("a make-up working day must fall on a Saturday or Sunday, "
                        + workday + " does not");
            }
        }
    }

    /** Saturdays and Sundays off, no holidays. */
    public static WorkingDays weekdays() {
        return new WorkingDays(Set.of(), Set.of());
    }

    public boolean isWorkingDay(LocalDate day) {
        if (workdays.contains(day)) {
            return true;
        }
        return !isWeekend(day) && !holidays.contains(day);
    }

    /**
     * The {@code count}-th working day after {@code from}; {@code from} itself does not count, as a period in
     * days starts on the day after the event (民法典 第二百零一条). {@code count} 0 is {@code from}.
     */
    public LocalDate after(LocalDate from, int count) {
        if (count < 0) {
            throw new IllegalArgumentException("a count of working days cannot be negative: " + count);
        }
        LocalDate day = from;
        int counted = 0;
        for (int scanned = 0; counted < count; scanned++) {
            if (scanned > MAX_DAYS_SCANNED) {
                throw new IllegalStateException("no " + count + " working days within three years after " + from);
            }
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    private static boolean isWeekend(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
