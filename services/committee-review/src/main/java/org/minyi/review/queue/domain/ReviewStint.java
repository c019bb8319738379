package org.minyi.review.queue.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One stay of the report in a committee's queue, timed against the committee's review time limit: it starts
 * when the report enters the queue (a re-routing to another committee, or a revision after a return, starts a
 * new one), is due on {@code due}, and is overdue from {@code overdueAt} (the start of the next day, in the
 * county's time). It is flagged REVIEW_OVERDUE once.
 *
 * @param limit     the committee's limit in working days when the stint began
 * @param flaggedAt when it was flagged overdue; {@code null} until then
 */
public record ReviewStint(String committee, Instant enteredAt, int limit, LocalDate due, Instant overdueAt,
                          Instant flaggedAt) {

    public ReviewStint {
        Objects.requireNonNull(committee, "committee");
        Objects.requireNonNull(enteredAt, "enteredAt");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(overdueAt, "overdueAt");
    }

    public boolean isFlagged() {
        return flaggedAt != null;
    }

    public boolean isOverdueAt(Instant now) {
        return !now.isBefore(overdueAt);
    }

    ReviewStint flagged(Instant at) {
        return new ReviewStint(committee, enteredAt, limit, due, overdueAt, at);
    }
}
