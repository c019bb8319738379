package org.minyi.review.queue.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How a review item is stored: the routed revision, the committee's work on it, the event ids it has
 * applied, and the events still waiting to be published.
 */
@Document(ReviewItemDocument.COLLECTION)
record ReviewItemDocument(
        @Id String id,
        String trackingNumber,
        int revision,
        String committee,
        ContentDoc content,
        Instant submittedAt,
        Instant routedAt,
        String status,
        long sequence,
        long routedSequence,
        String claimedBy,
        Instant claimedAt,
        DecisionDoc decision,
        Instant sentToLeadersAt,
        Instant updatedAt,
        List<String> appliedEvents,
        long version,
        List<OutboxDoc> outbox) {

    static final String COLLECTION = "review_items";

    record ContentDoc(String title, String category, String domain, String situation, String analysis,
                      String suggestions, String township, String sector, List<String> authors,
                      OnBehalfOfDoc onBehalfOf, String topicId, boolean urgent, LocalDate occurredOn) {
    }

    record OnBehalfOfDoc(String kind, String name) {
    }

    /** @param kind ADOPT, DECLINE or RETURN */
    record DecisionDoc(String kind, String grade, String reason, String comment, String decidedBy,
                       Instant decidedAt) {
    }

    record OutboxDoc(String id, String destination, String key, Map<String, String> headers, String payload,
                     Instant createdAt) {
    }
}
