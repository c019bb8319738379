package org.minyi.review.queue.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.minyi.review.queue.domain.Decision;
import org.minyi.review.queue.domain.RecordedDecision;
import org.minyi.review.queue.domain.ReportContent;
import org.minyi.review.queue.domain.ReviewItem;

/** What the review endpoints answer. */
final class ReviewResponses {

    private ReviewResponses() {
    }

    /** One line of a committee's queue; {@code flags} (OVERDUE, URGED, …) are not kept yet and stay empty. */
    record QueueEntry(String reportId, String trackingNumber, String title, boolean urgent, List<String> flags,
                      Instant submittedAt, String status, String claimedBy) {

        static QueueEntry of(ReviewItem item) {
            return new QueueEntry(item.id().value(), item.trackingNumber(), item.content().title(),
                    item.content().urgent(), List.of(), item.submittedAt(), item.status().name(), item.claimedBy());
        }
    }

    record ItemView(String reportId, String trackingNumber, int revision, String committee, String status,
                    long sequence, ContentView content, Instant submittedAt, Instant routedAt, String claimedBy,
                    Instant claimedAt, DecisionView decision, Instant sentToLeadersAt, Instant updatedAt) {

        static ItemView of(ReviewItem item) {
            return new ItemView(item.id().value(), item.trackingNumber(), item.revision(), item.committee(),
                    item.status().name(), item.sequence(), ContentView.of(item.content()), item.submittedAt(),
                    item.routedAt(), item.claimedBy(), item.claimedAt(), DecisionView.of(item.decision()),
                    item.sentToLeadersAt(), item.updatedAt());
        }
    }

    record ContentView(String title, String category, String domain, String situation, String analysis,
                       String suggestions, String township, String sector, List<String> authors,
                       OnBehalfOfView onBehalfOf, String topicId, boolean urgent, LocalDate occurredOn) {

        static ContentView of(ReportContent c) {
            return new ContentView(c.title(), c.category().name(), c.domain(), c.situation(), c.analysis(),
                    c.suggestions(), c.township(), c.sector(), c.authors(),
                    c.onBehalfOf() == null ? null
                            : new OnBehalfOfView(c.onBehalfOf().kind().name(), c.onBehalfOf().name()),
                    c.topicId(), c.urgent(), c.occurredOn());
        }
    }

    record OnBehalfOfView(String kind, String name) {
    }

    /** @param decision ADOPT, DECLINE or RETURN, as in the request */
    record DecisionView(String decision, String grade, String reason, String comment, String decidedBy,
                        Instant decidedAt) {

        static DecisionView of(RecordedDecision recorded) {
            if (recorded == null) {
                return null;
            }
            Decision d = recorded.decision();
            String kind = d instanceof Decision.Adopt ? "ADOPT" : d instanceof Decision.Decline ? "DECLINE" : "RETURN";
            String reason = d instanceof Decision.Decline decline ? decline.reason() : null;
            return new DecisionView(kind, recorded.grade() == null ? null : recorded.grade().name(), reason,
                    d.comment(), recorded.decidedBy(), recorded.decidedAt());
        }
    }

    record Page<T>(List<T> items, int page, int size, long total) {
    }
}
