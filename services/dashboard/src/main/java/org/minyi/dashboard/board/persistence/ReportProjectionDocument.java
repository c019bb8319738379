package org.minyi.dashboard.board.persistence;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One report's projection as stored; {@code _id} is the report id, so there is never a second one. */
@Document(collection = ReportProjectionDocument.COLLECTION)
record ReportProjectionDocument(@Id String id, String trackingNumber, String status, String previousStatus,
                                long sequence, String township, String committee, String category,
                                Instant firstSeenAt, Instant updatedAt, Map<String, Instant> stages) {

    static final String COLLECTION = "reports";
}
