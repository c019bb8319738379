package org.minyi.dashboard.board.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One report's projection as stored; {@code _id} is the report id, so there is never a second one.
 * {@code overdueSince} is the earliest flag in {@code overdue}, kept for the overdue list's query;
 * {@code reviewOverdueSince} is when {@code reviewOverdue} (the committee's review time limit passed in the
 * current stint) was raised, kept for the list's query; {@code traceId} the trace of the change that set the
 * current status.
 */
@Document(collection = ReportProjectionDocument.COLLECTION)
record ReportProjectionDocument(@Id String id, String trackingNumber, String status, String previousStatus,
                                long sequence, String township, String committee, String category,
                                Instant firstSeenAt, Instant updatedAt, Map<String, Instant> stages,
                                List<StepDocument> path, List<FlagDocument> overdue, Instant overdueSince,
                                ReviewFlagDocument reviewOverdue, Instant reviewOverdueSince, String traceId) {

    static final String COLLECTION = "reports";

    record StepDocument(String status, Instant at) {
    }

    record FlagDocument(String eventId, String unit, long sequence, Instant flaggedAt) {
    }

    record ReviewFlagDocument(String eventId, String committee, long sequence, Instant flaggedAt) {
    }
}
