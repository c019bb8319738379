package org.minyi.routing.report.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How a routing case is stored: its state (with the fields that queries use at the top: committee,
 * status, topicId, adopted), its latest submission (content and quality, to pass on when the office
 * re-routes it), its decisions, and the events still waiting to be published.
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
        long version,
        List<OutboxDoc> outbox) {

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

    record OutboxDoc(String id, String destination, String key, Map<String, String> headers, String payload,
                     Instant createdAt) {
    }
}
