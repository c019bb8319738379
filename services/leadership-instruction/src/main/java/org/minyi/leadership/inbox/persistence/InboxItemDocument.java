package org.minyi.leadership.inbox.persistence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * How an inbox item is stored, under the report's id: what was sent, what was decided and the event ids
 * already applied. The events still waiting to be published sit beside them in the same document, in the
 * {@code outbox} array the chassis's {@code MongoOutbox} writes.
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
        Instant receivedAt,
        String status,
        String reportStatus,
        long sequence,
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

    /** @param instructedOn absent in items stored before it was recorded: the day it was issued then */
    record InstructionDoc(String instructionId, String leader, String level, String text, LocalDate instructedOn,
                          List<UnitDoc> units, String issuedBy, Instant issuedAt) {
    }

    record ForwardDoc(String forwardId, String comment, List<UnitDoc> units, String forwardedBy, Instant forwardedAt) {
    }

    record ArchivalDoc(String reason, String archivedBy, Instant archivedAt) {
    }
}
