package org.minyi.routing.report.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** How a routing case is stored: its state, its decisions, and the events still waiting to be published. */
@Document(RoutingCaseDocument.COLLECTION)
record RoutingCaseDocument(
        @Id String id,
        String trackingNumber,
        int revision,
        String township,
        String category,
        String domain,
        String committee,
        String rule,
        long sequence,
        Instant updatedAt,
        List<DecisionDoc> decisions,
        List<String> appliedEventIds,
        long version,
        List<OutboxDoc> outbox) {

    static final String COLLECTION = "routing_cases";

    record DecisionDoc(String eventId, String submissionEventId, int revision, long sequence, String committee,
                       String rule, Instant decidedAt) {
    }

    record OutboxDoc(String id, String destination, String key, Map<String, String> headers, String payload,
                     Instant createdAt) {
    }
}
