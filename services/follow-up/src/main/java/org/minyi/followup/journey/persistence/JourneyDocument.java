package org.minyi.followup.journey.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A report's journey, under the report's id: its audience, latest status and sequence, the time it
 * entered each status, the event ids applied, and the notices still waiting to be published.
 */
@Document(JourneyDocument.COLLECTION)
record JourneyDocument(
        @Id String id,
        String trackingNumber,
        String township,
        List<String> authors,
        String submittedBy,
        String status,
        long sequence,
        Map<String, Instant> entered,
        List<String> appliedEventIds,
        Instant updatedAt,
        long version,
        List<OutboxDoc> outbox) {

    static final String COLLECTION = "journeys";

    record OutboxDoc(String messageId, String destination, String key, Map<String, String> headers, String payload,
                     Instant createdAt) {
    }
}
