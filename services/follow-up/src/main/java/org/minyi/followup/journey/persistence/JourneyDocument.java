package org.minyi.followup.journey.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A report's journey, under the report's id: its audience, latest status and sequence, the time it
 * entered each status and the event ids applied. The notices still waiting to be published are the
 * chassis's {@code outbox} array beside these fields.
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
        long version) {

    static final String COLLECTION = "journeys";
}
