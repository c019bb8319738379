package org.minyi.followup.handling.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How a report's handling is stored: one document per report ({@code _id} = report id) holding its
 * tasks, rating, sequence, the assignment events it applied, and the events still waiting to be published.
 */
@Document(HandlingDocument.COLLECTION)
record HandlingDocument(
        @Id String id,
        String trackingNumber,
        String title,
        String category,
        String township,
        String committee,
        List<String> authors,
        String status,
        List<TaskDoc> tasks,
        SatisfactionDoc satisfaction,
        long sequence,
        List<String> appliedEventIds,
        Instant openedAt,
        Instant updatedAt,
        long version,
        List<OutboxDoc> outbox) {

    static final String COLLECTION = "handlings";

    /**
     * @param deadline ISO date or {@code null}
     * @param dueBy    the deadline, or the far future when there is none: what task lists sort by
     */
    record TaskDoc(String taskId, String unit, String role, String deadline, String dueBy, String status,
                   String assignedBy, Instant assignedAt, List<NoteDoc> progress, FeedbackDoc feedback) {
    }

    record NoteDoc(String text, String by, Instant at) {
    }

    record FeedbackDoc(String result, String text, String by, Instant at) {
    }

    record SatisfactionDoc(String rating, String comment, String ratedBy, String ratedAs, Instant at) {
    }

    record OutboxDoc(String messageId, String destination, String key, Map<String, String> headers, String payload,
                     Instant createdAt) {
    }
}
