package org.minyi.dashboard.board.persistence;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One feed entry as stored: the status event's codes and its actor under a numeric id; {@code eventId} is
 * unique.
 */
@Document(collection = FeedEntryDocument.COLLECTION)
record FeedEntryDocument(@Id long id, String eventId, String reportId, String trackingNumber, String status,
                         String previousStatus, long sequence, Instant occurredAt, String township,
                         String committee, String category, String actorRole, String actor, Instant recordedAt) {

    static final String COLLECTION = "feed";
}
