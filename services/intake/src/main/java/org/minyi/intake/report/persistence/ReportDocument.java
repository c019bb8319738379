package org.minyi.intake.report.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How a report is stored: its state, its timeline and what came of it (the events waiting to be published sit
 * beside them, in {@code outbox}). {@code learned} holds the ids of the decision, instruction and handling
 * events already taken (status changes are recognised by their id on the timeline).
 */
@Document(ReportDocument.COLLECTION)
record ReportDocument(
        @Id String id,
        String trackingNumber,
        ActorDoc submittedBy,
        String submissionKeyId,
        String submissionFingerprint,
        ContentDoc content,
        int revision,
        String status,
        long sequence,
        String committee,
        Instant submittedAt,
        Instant updatedAt,
        QualityDoc quality,
        SimilarityDoc similarity,
        List<TimelineDoc> timeline,
        List<DecisionDoc> decisions,
        List<InstructionDoc> instructions,
        TransferDoc transfer,
        HandlingDoc handling,
        List<String> learned,
        long version) {

    static final String COLLECTION = "reports";

    record ActorDoc(String principal, String role, String township, String member, String committee, String unit) {
    }

    record ContentDoc(String title, String category, String domain, String situation, String analysis,
                      String suggestions, String township, String sector, List<String> authors,
                      OnBehalfOfDoc onBehalfOf, String topicId, boolean urgent, LocalDate occurredOn,
                      String source) {
    }

    record OnBehalfOfDoc(String kind, String name) {
    }

    record QualityDoc(List<String> flags, List<DuplicateDoc> possibleDuplicates) {
    }

    record DuplicateDoc(String reportId, String trackingNumber, double similarity) {
    }

    /** The county the wording is compared in, and its MinHash signature (see SimilarityIndex). */
    record SimilarityDoc(String county, List<Integer> signature) {
    }

    record TimelineDoc(String eventId, String status, String previousStatus, long sequence, Instant at,
                       String actorRole, String actor, String reason) {
    }

    /**
     * @param reasonLabel   for DECLINE, the reason in words (zh-CN); absent in decisions stored before intake kept
     *                      it, or learned from an event that did not carry it
     * @param reasonLabelEn the same in English; absent likewise
     */
    record DecisionDoc(String decision, long sequence, String grade, String reason, String reasonLabel,
                       String reasonLabelEn, String comment, Instant decidedAt, String committee, String decidedBy,
                       String mergedInto, String mergedIntoTrackingNumber) {
    }

    record InstructionDoc(String instructionId, String leader, String leaderName, String leaderTitle, String level,
                          LocalDate instructedOn, Instant instructedAt, String text, Instant releasedAt,
                          String releasedBy) {
    }

    record TransferDoc(String transferId, long sequence, Instant at) {
    }

    record HandlingDoc(long sequence, Instant at, List<UnitResultDoc> units) {
    }

    record UnitResultDoc(String unit, String role, String result, Instant feedbackAt) {
    }
}
