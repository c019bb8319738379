package org.minyi.review.config;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.minyi.review.queue.domain.ReviewTimeLimits;
import org.minyi.review.queue.domain.WorkingDays;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;

/**
 * The review time limits as configured: {@code minyi.review.time-limit.default} (working days, 10 unless set),
 * {@code minyi.review.time-limit.committees.<code>} for a committee's own, and the working-day calendar
 * {@code minyi.review.calendar.holidays} (weekdays off) and {@code minyi.review.calendar.workdays} (weekend days
 * worked, 调休), ISO dates as a list or comma-separated. A setting that cannot stand stops the service at start.
 */
final class ReviewTimeLimitSettings {

    static final int DEFAULT_LIMIT = 10;

    private ReviewTimeLimitSettings() {
    }

    /** @throws IllegalStateException naming the setting that cannot stand */
    static ReviewTimeLimits read(Environment environment, ZoneId zone) {
        Binder binder = Binder.get(environment);
        int standard = binder.bind("minyi.review.time-limit.default", Integer.class).orElse(DEFAULT_LIMIT);
        Map<String, Integer> committees = binder.bind("minyi.review.time-limit.committees",
                Bindable.mapOf(String.class, Integer.class)).orElse(Map.of());
        Set<LocalDate> holidays = dates(binder, "minyi.review.calendar.holidays");
        Set<LocalDate> workdays = dates(binder, "minyi.review.calendar.workdays");
        try {
            return new ReviewTimeLimits(standard, committees, new WorkingDays(holidays, workdays), zone);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("minyi.review.time-limit / minyi.review.calendar: " + e.getMessage(), e);
        }
    }

    private static Set<LocalDate> dates(Binder binder, String name) {
        Set<LocalDate> dates = new HashSet<>();
        for (String text : binder.bind(name, Bindable.listOf(String.class)).orElse(List.of())) {
            if (text.isBlank()) {
                continue;
            }
            try {
                dates.add(LocalDate.parse(text.strip()));
            } catch (DateTimeParseException e) {
                throw new IllegalStateException(name + ": not an ISO date (YYYY-MM-DD): " + text, e);
            }
        }
        return dates;
    }
}
