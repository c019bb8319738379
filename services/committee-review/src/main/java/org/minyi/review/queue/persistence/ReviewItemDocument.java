package org.minyi.review.queue.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How a review item is stored: the routed revision, the committee's and the office's work on it and the
 * event ids it has applied (the events still waiting to be published sit beside them, in {@code outbox},
 * written by the chassis's {@code MongoOutbox}). {@code queueRank} is derived
 * (urgency and age) so that the queues sort and page on one field; it is absent from items stored before it
 * existed until {@code MongoReviewItems.rankUnrankedItems} gives them one at start. {@code reviewAttentionAt}
 * is derived too: when the review time limit's scheduler must look at the item (its stint's overdue instant
 * while it waits undecided and unflagged), absent otherwise, so that its sparse index holds only the items
 * the scheduler may have to flag. {@code upstreamYears} is derived as well: the years of its submissions to higher
 * CPPCCs, absent without any, so that the year's upstream ledger reads only the reports sent up that year.
 */
@Document(ReviewItemDocument.COLLECTION)
record ReviewItemDocument(
        @Id String id,
        String trackingNumber,
        int revision,
        String committee,
        String previousCommittee,
        ContentDoc content,
        QualityDoc quality,
        Instant submittedAt,
        Instant routedAt,
        String status,
        long sequence,
        long routedSequence,
        Long queueRank,
        String claimedBy,
        Instant claimedAt,
        Instant leaseExpiresAt,
        DecisionDoc decision,
        Instant sentToLeadersAt,
        List<String> sentTo,
        TransferDoc transfer,
        StintDoc reviewStint,
        Instant reviewAttentionAt,
        String mergedInto,
        MergeDoc merge,
        List<PublicationRefDoc> publications,
        List<UpstreamAdoptionDoc> upstreamAdoptions,
        List<UpstreamSubmissionDoc> upstreamSubmissions,
        List<Integer> upstreamYears,
        Instant updatedAt,
        List<String> appliedEvents,
        long version) {

    static final String COLLECTION = "review_items";

    record ContentDoc(String title, String category, String domain, String situation, String analysis,
                      String suggestions, String township, String sector, List<String> authors,
                      OnBehalfOfDoc onBehalfOf, String topicId, boolean urgent, LocalDate occurredOn) {
    }

    record OnBehalfOfDoc(String kind, String name) {
    }

    record QualityDoc(List<String> flags, List<DuplicateDoc> possibleDuplicates) {
    }

    record DuplicateDoc(String reportId, String trackingNumber, double similarity) {
    }

    /**
     * @param kind          ADOPT, DECLINE or RETURN
     * @param adoptionKind  SINGLE or COMPOSITE, for ADOPT
     * @param reasonLabel   for DECLINE, the reason's label when decided
     * @param reasonLabelEn for DECLINE, its English label when decided; absent in decisions stored before it was
     *                      kept
     */
    record DecisionDoc(String kind, String grade, String adoptionKind, String reason, String reasonLabel,
                       String reasonLabelEn, String comment, String decidedBy, Instant decidedAt) {
    }

    /** @param completedAt {@code null} while the merge is pending */
    record MergeDoc(List<ConstituentDoc> constituents, ActorDoc mergedBy, String grade, String comment,
                    Instant plannedAt, List<SkippedDoc> skipped, Instant completedAt) {
    }

    record ConstituentDoc(String reportId, String trackingNumber, String title, List<String> authors) {
    }

    record SkippedDoc(String reportId, String trackingNumber, String status) {
    }

    record ActorDoc(String principal, String role, String committee) {
    }

    record TransferDoc(String transferId, String note, List<UnitDoc> units, String transferredBy,
                       Instant transferredAt) {
    }

    record UnitDoc(String unit, String role, LocalDate deadline) {
    }

    /** @param flaggedAt {@code null} until the stint is flagged REVIEW_OVERDUE */
    record StintDoc(String committee, Instant enteredAt, int limit, LocalDate due, Instant overdueAt,
                    Instant flaggedAt) {
    }

    record PublicationRefDoc(String publicationId, String kind, int year, int number, LocalDate issuedOn) {
    }

    /** @param submission the id of the submission it answers; absent when none (and in adoptions stored before) */
    record UpstreamAdoptionDoc(String level, String mode, LocalDate adoptedOn, String note, String recordedBy,
                               Instant recordedAt, String submission) {
    }

    record UpstreamSubmissionDoc(String id, String level, LocalDate submittedOn, String channel, String submittedBy,
                                 Instant submittedAt) {
    }
}
