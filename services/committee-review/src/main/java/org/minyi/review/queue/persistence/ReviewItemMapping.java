package org.minyi.review.queue.persistence;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.minyi.review.queue.domain.Category;
import org.minyi.review.queue.domain.Decision;
import org.minyi.review.queue.domain.Grade;
import org.minyi.review.queue.domain.OnBehalfOf;
import org.minyi.review.queue.domain.OutboxMessage;
import org.minyi.review.queue.domain.RecordedDecision;
import org.minyi.review.queue.domain.ReportContent;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReportStatus;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.persistence.ReviewItemDocument.ContentDoc;
import org.minyi.review.queue.persistence.ReviewItemDocument.DecisionDoc;
import org.minyi.review.queue.persistence.ReviewItemDocument.OnBehalfOfDoc;
import org.minyi.review.queue.persistence.ReviewItemDocument.OutboxDoc;

/** Between the aggregate and its stored form. */
final class ReviewItemMapping {

    private static final String ADOPT = "ADOPT";
    private static final String DECLINE = "DECLINE";
    private static final String RETURN = "RETURN";

    private ReviewItemMapping() {
    }

    static ReviewItemDocument toDocument(ReviewItem item, List<OutboxDoc> outbox) {
        return new ReviewItemDocument(
                item.id().value(),
                item.trackingNumber(),
                item.revision(),
                item.committee(),
                content(item.content()),
                item.submittedAt(),
                item.routedAt(),
                item.status().name(),
                item.sequence(),
                item.routedSequence(),
                item.claimedBy(),
                item.claimedAt(),
                decision(item.decision()),
                item.sentToLeadersAt(),
                item.updatedAt(),
                item.appliedEvents().stream().map(UUID::toString).toList(),
                item.version(),
                outbox);
    }

    static ReviewItem toItem(ReviewItemDocument doc) {
        List<UUID> applied = doc.appliedEvents() == null ? List.of()
                : doc.appliedEvents().stream().map(UUID::fromString).toList();
        return ReviewItem.restore(new ReportId(doc.id()), doc.trackingNumber(), doc.revision(), doc.committee(),
                content(doc.content()), doc.submittedAt(), doc.routedAt(), ReportStatus.valueOf(doc.status()),
                doc.sequence(), doc.routedSequence(), doc.claimedBy(), doc.claimedAt(), decision(doc.decision()),
                doc.sentToLeadersAt(), doc.updatedAt(), applied, doc.version());
    }

    static OutboxDoc outbox(OutboxMessage message, Instant createdAt) {
        return new OutboxDoc(message.id(), message.destination(), message.key(), message.headers(), message.payload(),
                createdAt);
    }

    static OutboxMessage message(OutboxDoc doc) {
        return new OutboxMessage(doc.id(), doc.destination(), doc.key(), doc.headers(), doc.payload());
    }

    private static DecisionDoc decision(RecordedDecision recorded) {
        if (recorded == null) {
            return null;
        }
        Decision d = recorded.decision();
        if (d instanceof Decision.Adopt adopt) {
            return new DecisionDoc(ADOPT, adopt.grade().name(), null, adopt.comment(), recorded.decidedBy(),
                    recorded.decidedAt());
        }
        if (d instanceof Decision.Decline decline) {
            return new DecisionDoc(DECLINE, null, decline.reason(), decline.comment(), recorded.decidedBy(),
                    recorded.decidedAt());
        }
        return new DecisionDoc(RETURN, null, null, d.comment(), recorded.decidedBy(), recorded.decidedAt());
    }

    private static RecordedDecision decision(DecisionDoc doc) {
        if (doc == null) {
            return null;
        }
        Decision decision = switch (doc.kind()) {
            case ADOPT -> new Decision.Adopt(Grade.valueOf(doc.grade()), doc.comment());
            case DECLINE -> new Decision.Decline(doc.reason(), doc.comment());
            case RETURN -> new Decision.ReturnForRevision(doc.comment());
            default -> throw new IllegalStateException("unknown stored decision " + doc.kind());
        };
        return new RecordedDecision(decision, doc.decidedBy(), doc.decidedAt());
    }

    private static ContentDoc content(ReportContent c) {
        return new ContentDoc(c.title(), c.category().name(), c.domain(), c.situation(), c.analysis(),
                c.suggestions(), c.township(), c.sector(), c.authors(),
                c.onBehalfOf() == null ? null : new OnBehalfOfDoc(c.onBehalfOf().kind().name(), c.onBehalfOf().name()),
                c.topicId(), c.urgent(), c.occurredOn());
    }

    private static ReportContent content(ContentDoc c) {
        return new ReportContent(c.title(), Category.valueOf(c.category()), c.domain(), c.situation(), c.analysis(),
                c.suggestions(), c.township(), c.sector(), c.authors(),
                c.onBehalfOf() == null ? null
                        : new OnBehalfOf(OnBehalfOf.Kind.valueOf(c.onBehalfOf().kind()), c.onBehalfOf().name()),
                c.topicId(), c.urgent(), c.occurredOn());
    }
}
