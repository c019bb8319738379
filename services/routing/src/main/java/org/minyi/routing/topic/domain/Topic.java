package org.minyi.routing.topic.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An assigned topic (信息反映点): a subject the upper-level CPPCC hands down for a quarter, on which
 * the county's members and stations are asked to report. The office assigns it to one or more
 * committees (the first leads) with a deadline; reports naming it are routed to those committees.
 *
 * @param id      the code reports quote in {@code topicId}, e.g. {@code 2026Q2-03}
 * @param quarter e.g. {@code 2026Q2}
 */
public record Topic(String id, String title, String description, String quarter, List<String> committees,
                    LocalDate deadline, Instant createdAt, String createdBy) {

    public Topic {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(quarter, "quarter");
        committees = List.copyOf(committees);
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(createdBy, "createdBy");
        if (committees.isEmpty()) {
            throw new IllegalArgumentException("a topic is assigned to at least one committee");
        }
    }

    /** Whether reports are still asked for on {@code day}. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isAfter(deadline);
    }
}
