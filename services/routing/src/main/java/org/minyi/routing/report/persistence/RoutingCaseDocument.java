package org.minyi.routing.report.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How a routing case is stored: its state (with the fields that queries use at the top: committee,
 * status, topicId, adopted), its latest submission (content and quality, to pass on when the office
 * re-routes it) and its decisions. The events still waiting to be published sit beside them in the
 * {@code outbox} array, which the chassis's {@link org.minyi.chassis.outbox.MongoOutbox} writes and clears.
 */
@Document(RoutingCaseDocument.COLLECTION)
record RoutingCaseDocument(
        @Id String id,
        String trackingNumber,
        int revision,
        String township,
        String category,
        String domain,
        String topicId,
        String committee,
        String rule,
        int ruleVersion,
        String status,
        long sequence,
        boolean adopted,
        Instant updatedAt,
        SubmissionDoc submission,
        List<DecisionDoc> decisions,
        List<String> appliedEventIds,
        long version) {

    static final String COLLECTION = "routing_cases";

    record SubmissionDoc(String eventId, int revision, long sequence, Instant occurredAt, String submittedBy,
                         ContentDoc content, QualityDoc quality) {
    }

    record ContentDoc(String title, String category, String domain, String situation, String analysis,
                      String suggestions, String township, String sector, List<String> authors, String onBehalfOfKind,
                      String onBehalfOfName, String topicId, boolean urgent, LocalDate occurredOn) {
    }

    record QualityDoc(List<String> flags, List<DuplicateDoc> possibleDuplicates) {
    }

    record DuplicateDoc(String reportId, String trackingNumber, double similarity) {
    }

    record DecisionDoc(String eventId, String submissionEventId, int revision, long sequence, String committee,
                       String rule, int ruleVersion, String kind, String previousCommittee, String reason,
                       String decidedBy, Instant decidedAt) {
    }
}
