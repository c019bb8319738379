package org.minyi.routing.topic.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An assigned topic (信息反映点): a subject the upper-level CPPCC hands down for a quarter, on which
 * the county's members and stations are asked to report. The office assigns it to one or more
 * committees (the first leads) with a deadline; reports naming it are routed to those committees.
 * The office may edit it while it is open and close it early; a closed topic keeps its reports and
 * its coverage, and reports that still name it are routed as before.
 *
 * @param id       the code reports quote in {@code topicId}, e.g. {@code 2026Q2-03}
 * @param quarter  e.g. {@code 2026Q2}
 * @param closedOn the day the office closed it, {@code null} while it was not closed
 * @param version  how many times it was changed since it was recorded (0 for a new topic)
 */
public record Topic(String id, String title, String description, String quarter, List<String> committees,
                    LocalDate deadline, Instant createdAt, String createdBy, LocalDate closedOn, String closedBy,
                    Instant updatedAt, String updatedBy, long version) {

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

    /** A topic as the office records it. */
    public Topic(String id, String title, String description, String quarter, List<String> committees,
                 LocalDate deadline, Instant createdAt, String createdBy) {
        this(id, title, description, quarter, committees, deadline, createdAt, createdBy, null, null, null, null, 0);
    }

    /** Whether reports are still asked for on {@code day}. */
    public boolean isOpenOn(LocalDate day) {
        return closedOn == null && !day.isAfter(deadline);
    }

    public boolean isClosed() {
        return closedOn != null;
    }

    /**
     * The office's new wording, committees or deadline (already checked against {@link TopicPolicy}).
     *
     * @throws TopicClosed when the office closed it
     */
    public Topic edit(String newTitle, String newDescription, List<String> newCommittees, LocalDate newDeadline,
                      Instant at, String by) {
        if (isClosed()) {
            throw new TopicClosed(id);
        }
        return new Topic(id, newTitle, newDescription, quarter, newCommittees, newDeadline, createdAt, createdBy,
                null, null, at, by, version + 1);
    }

    /**
     * Stops asking for reports on it from {@code today} on.
     *
     * @throws TopicClosed when it is closed already
     */
    public Topic close(LocalDate today, Instant at, String by) {
        if (isClosed()) {
            throw new TopicClosed(id);
        }
        return new Topic(id, title, description, quarter, committees, deadline, createdAt, createdBy, today, by, at,
                by, version + 1);
    }
}
