package org.minyi.leadership.inbox.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How an inbox item is stored, under the report's id: what was sent, to which leaders, what was decided
 * and the event ids already applied. The events still waiting to be published sit beside them in the same
 * document, in the {@code outbox} array the chassis's {@code MongoOutbox} writes.
 *
 * @param leaders        the codes of the leaders it was sent to; absent when it was sent to every leader (and
 *                       in items stored before leaders were named)
 * @param statusSequence the sequence {@code reportStatus} was announced with; absent in items stored before a
 *                       release could take a number of the sequence without a status: {@code sequence} then
 */
@Document(InboxItemDocument.COLLECTION)
record InboxItemDocument(
        @Id String id,
        String trackingNumber,
        String title,
        String category,
        String domain,
        String township,
        String sector,
        String committee,
        List<String> authors,
        boolean urgent,
        String grade,
        String publication,
        Instant submittedAt,
        ContentDoc content,
        List<String> leaders,
        Instant receivedAt,
        String status,
        String reportStatus,
        long sequence,
        Long statusSequence,
        List<InstructionDoc> instructions,
        List<ForwardDoc> forwards,
        ArchivalDoc archival,
        List<String> appliedEventIds,
        Instant updatedAt,
        long version) {

    static final String COLLECTION = "inbox";

    record ContentDoc(String situation, String analysis, String suggestions) {
    }

    record UnitDoc(String unit, String role, LocalDate deadline) {
    }

    /**
     * @param leader       the leader's code (a name in items stored before leaders had codes)
     * @param leaderName   absent in items stored before leaders had codes
     * @param instructedOn absent in items stored before it was recorded: the day it was issued then
     * @param issuedBy     who recorded it: the leader or the secretariat
     * @param releasedBy   who released it to the authors; absent until then
     */
    record InstructionDoc(String instructionId, String leader, String leaderName, String leaderTitle, String level,
                          String text, LocalDate instructedOn, List<UnitDoc> units, String issuedBy, Instant issuedAt,
                          String releasedBy, Instant releasedAt) {
    }

    record ForwardDoc(String forwardId, String comment, List<UnitDoc> units, String forwardedBy, Instant forwardedAt) {
    }

    record ArchivalDoc(String reason, String archivedBy, Instant archivedAt) {
    }
}
