package org.minyi.followup.handling.persistence;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How a report's handling is stored: one document per report ({@code _id} = report id) holding the
 * report's facts and text (from the latest assignment), its tasks with what each follows, ratings, sequence, the assignment events it applied, when the scheduler next has something to
 * do for it ({@code attentionAt}). The events still waiting to be published are the chassis's
 * {@code outbox} array beside these fields.
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
        Boolean urgent,
        String situation,
        String analysis,
        String suggestions,
        String status,
        List<TaskDoc> tasks,
        SatisfactionDoc satisfaction,
        List<SatisfactionDoc> ratings,
        int reopenings,
        long sequence,
        List<String> appliedEventIds,
        String instructedAs,
        Instant instructedAt,
        Instant handledAt,
        ClosingDoc closing,
        Instant attentionAt,
        Instant openedAt,
        Instant updatedAt,
        long version) {

    static final String COLLECTION = "handlings";

    /**
     * @param deadline  ISO date or {@code null}
     * @param dueBy     the deadline, or the far future when there is none: what task lists sort by
     * @param overdue   open and found overdue: what the office's overdue list selects
     * @param escalated open and escalated: what that list puts first
     */
    record TaskDoc(String taskId, String unit, String role, String deadline, String dueBy, String status,
                   String assignedBy, Instant assignedAt, List<NoteDoc> progress, FeedbackDoc feedback, int round,
                   Instant overdueAt, Instant remindedAt, Instant escalatedAt, boolean overdue, boolean escalated,
                   List<UrgingDoc> urgings, int urgedTimes, List<FeedbackDoc> earlierFeedback,
                   List<BasisDoc> basis) {
    }

    /**
     * What a task follows.
     *
     * @param kind         INSTRUCTION, FORWARD or TRANSFER
     * @param instructedOn ISO date or {@code null}
     */
    record BasisDoc(String kind, String sourceId, String leader, String leaderName, String leaderTitle, String level,
                    String text, String instructedOn, Instant at) {
    }

    record NoteDoc(String text, String by, Instant at) {
    }

    record FeedbackDoc(String result, String text, String by, Instant at) {
    }

    record UrgingDoc(String by, String comment, Instant at) {
    }

    record SatisfactionDoc(String rating, String comment, String ratedBy, String ratedAs, Instant at) {
    }

    record ClosingDoc(String how, String by, Instant at) {
    }
}
