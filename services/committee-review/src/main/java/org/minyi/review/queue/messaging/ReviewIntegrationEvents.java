package org.minyi.review.queue.messaging;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.OnBehalfOf;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.review.Grade;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.review.queue.application.Causation;
import org.minyi.review.queue.application.OutboundEvents;
import org.minyi.review.queue.domain.OutboxMessage;
import org.minyi.review.queue.domain.ReportAdopted;
import org.minyi.review.queue.domain.ReportContent;
import org.minyi.review.queue.domain.ReportDeclined;
import org.minyi.review.queue.domain.ReportReturned;
import org.minyi.review.queue.domain.ReportSentToLeaders;
import org.minyi.review.queue.domain.ReviewEvent;
import org.minyi.review.queue.domain.ReviewItem;

/**
 * The review items' domain events as integration events: every step is a {@code report-status}
 * change (codes only); decisions and sending to the leaders also travel on {@code review.review-events}
 * with what their consumers need (the content only when the leaders receive the report).
 */
public final class ReviewIntegrationEvents implements OutboundEvents {

    static final URI SOURCE = URI.create("/minyi/committee-review");

    @Override
    public List<OutboxMessage> translate(ReviewEvent event, ReviewItem item, Causation causation) {
        ReportContent content = item.content();
        List<OutboxMessage> messages = new ArrayList<>();
        ReportStatusChanged status = new ReportStatusChanged(event.eventId(), event.reportId().value(),
                item.trackingNumber(), status(event.status()), status(event.previousStatus()), event.sequence(),
                event.occurredAt(), content.township(), item.committee(), category(content.category()),
                event.actor().role().name());
        messages.add(message(status, ReportStatusChanged.TYPE, causation));

        if (event instanceof ReportAdopted adopted) {
            var review = new org.minyi.events.review.ReportAdopted(
                    derivedId(adopted.eventId(), org.minyi.events.review.ReportAdopted.TYPE),
                    adopted.reportId().value(), adopted.sequence(), adopted.occurredAt(), item.trackingNumber(),
                    item.committee(), grade(adopted.grade()), category(content.category()), content.township(),
                    content.sector(), content.authors(), adopted.actor().principal());
            messages.add(message(review, org.minyi.events.review.ReportAdopted.TYPE, causation));
        } else if (event instanceof ReportDeclined declined) {
            var review = new org.minyi.events.review.ReportDeclined(
                    derivedId(declined.eventId(), org.minyi.events.review.ReportDeclined.TYPE),
                    declined.reportId().value(), declined.sequence(), declined.occurredAt(), item.trackingNumber(),
                    item.committee(), declined.reason(), declined.comment(), declined.actor().principal());
            messages.add(message(review, org.minyi.events.review.ReportDeclined.TYPE, causation));
        } else if (event instanceof ReportReturned returned) {
            var review = new org.minyi.events.review.ReportReturned(
                    derivedId(returned.eventId(), org.minyi.events.review.ReportReturned.TYPE),
                    returned.reportId().value(), returned.sequence(), returned.occurredAt(), item.trackingNumber(),
                    item.committee(), returned.comment(), returned.actor().principal());
            messages.add(message(review, org.minyi.events.review.ReportReturned.TYPE, causation));
        } else if (event instanceof ReportSentToLeaders sent) {
            var review = new org.minyi.events.review.ReportSentToLeaders(
                    derivedId(sent.eventId(), org.minyi.events.review.ReportSentToLeaders.TYPE),
                    sent.reportId().value(), sent.sequence(), sent.occurredAt(), item.trackingNumber(),
                    item.committee(), grade(sent.grade()), null, item.submittedAt(), submittedReport(content));
            messages.add(message(review, org.minyi.events.review.ReportSentToLeaders.TYPE, causation));
        }
        return messages;
    }

    static SubmittedReport submittedReport(ReportContent c) {
        return new SubmittedReport(c.title(), category(c.category()), c.domain(), c.situation(), c.analysis(),
                c.suggestions(), c.township(), c.sector(), c.authors(),
                c.onBehalfOf() == null ? null
                        : new OnBehalfOf(OnBehalfOf.Kind.valueOf(c.onBehalfOf().kind().name()), c.onBehalfOf().name()),
                c.topicId(), c.urgent(), c.occurredOn());
    }

    /** A second event announcing the same step gets an id of its own, derived so it is stable. */
    static UUID derivedId(UUID stepId, EventType<?> type) {
        return UUID.nameUUIDFromBytes((stepId + "/" + type.name()).getBytes(StandardCharsets.UTF_8));
    }

    private static OutboxMessage message(ReportEvent event, EventType<?> type, Causation causation) {
        EventEnvelope envelope = EventEnvelope.of(event, type, SOURCE, causation.correlationId(),
                causation.causationId());
        Map<String, String> headers = new LinkedHashMap<>();
        envelope.toHeaders().forEach((name, value) -> headers.put(name, new String(value, StandardCharsets.UTF_8)));
        return new OutboxMessage(event.eventId().toString(), type.topic(), event.reportId(), headers,
                EventJson.writeString(event));
    }

    private static ReportStatus status(org.minyi.review.queue.domain.ReportStatus status) {
        return status == null ? null : ReportStatus.valueOf(status.name());
    }

    private static Category category(org.minyi.review.queue.domain.Category category) {
        return Category.valueOf(category.name());
    }

    private static Grade grade(org.minyi.review.queue.domain.Grade grade) {
        return grade == null ? null : Grade.valueOf(grade.name());
    }
}
