package org.minyi.routing.report.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.minyi.routing.report.domain.Decision;
import org.minyi.routing.report.domain.OutboxMessage;
import org.minyi.routing.report.domain.ReportId;
import org.minyi.routing.report.domain.RoutingCase;
import org.minyi.routing.report.persistence.RoutingCaseDocument.DecisionDoc;
import org.minyi.routing.report.persistence.RoutingCaseDocument.OutboxDoc;
import org.minyi.routing.rules.domain.Category;

/** Between the aggregate and its stored form. */
final class RoutingCaseMapping {

    private RoutingCaseMapping() {
    }

    static RoutingCaseDocument toDocument(RoutingCase c, List<OutboxDoc> outbox) {
        return new RoutingCaseDocument(
                c.id().value(),
                c.trackingNumber(),
                c.revision(),
                c.township(),
                c.category().name(),
                c.domain(),
                c.committee(),
                c.rule(),
                c.sequence(),
                c.updatedAt(),
                c.decisions().stream().map(d -> new DecisionDoc(d.eventId().toString(),
                        d.submissionEventId().toString(), d.revision(), d.sequence(), d.committee(), d.rule(),
                        d.decidedAt())).toList(),
                c.appliedEventIds().stream().map(UUID::toString).toList(),
                c.version(),
                outbox);
    }

    static RoutingCase toCase(RoutingCaseDocument doc) {
        List<Decision> decisions = doc.decisions() == null ? List.of() : doc.decisions().stream()
                .map(d -> new Decision(UUID.fromString(d.eventId()), UUID.fromString(d.submissionEventId()),
                        d.revision(), d.sequence(), d.committee(), d.rule(), d.decidedAt()))
                .toList();
        List<UUID> applied = doc.appliedEventIds() == null ? List.of()
                : doc.appliedEventIds().stream().map(UUID::fromString).toList();
        return RoutingCase.restore(new ReportId(doc.id()), doc.trackingNumber(), doc.revision(), doc.township(),
                Category.valueOf(doc.category()), doc.domain(), doc.committee(), doc.rule(), doc.sequence(),
                doc.updatedAt(), decisions, applied, doc.version());
    }

    static OutboxDoc outbox(OutboxMessage message, Instant createdAt) {
        return new OutboxDoc(message.id(), message.destination(), message.key(), message.headers(), message.payload(),
                createdAt);
    }

    static OutboxMessage message(OutboxDoc doc) {
        return new OutboxMessage(doc.id(), doc.destination(), doc.key(), doc.headers(), doc.payload());
    }
}
