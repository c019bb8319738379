package org.minyi.routing.report.messaging;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.EventType;
import org.minyi.events.ReportEvent;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.OnBehalfOf;
import org.minyi.events.intake.Quality;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.status.ReportFlagged;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.routing.report.application.Causation;
import org.minyi.routing.report.application.OutboundEvents;
import org.minyi.routing.report.domain.Decision;
import org.minyi.routing.report.domain.OutboxMessage;
import org.minyi.routing.report.domain.ReportContent;
import org.minyi.routing.report.domain.ReportRerouted;
import org.minyi.routing.report.domain.ReportRouted;
import org.minyi.routing.report.domain.RoutingCase;
import org.minyi.routing.report.domain.RoutingEvent;
import org.minyi.routing.report.domain.Submission;

/**
 * A routing decision as integration events: the ROUTED change on {@code report-status} (codes only),
 * and {@code ReportRouted} on {@code routing.routing-events} with the report's content and intake's
 * quality findings, from which committee-review builds its queue without asking anyone. A re-routing
 * by the office is announced first as a REROUTED flag at the report's current sequence, then as the
 * routing to the new committee (with the committee it left and the office's reason) at the next.
 */
public final class RoutingIntegrationEvents implements OutboundEvents {

    static final URI SOURCE = URI.create("/minyi/routing");
    static final String SYSTEM = "SYSTEM";
    static final String OFFICE = "OFFICE";

    private final Supplier<Map<String, String>> traceContext;

    /**
     * @param traceContext the current trace as W3C headers ({@code traceparent}), stored with each event so
     *                     that whoever handles it continues the same trace
     */
    public RoutingIntegrationEvents(Supplier<Map<String, String>> traceContext) {
        this.traceContext = traceContext;
    }

    @Override
    public List<OutboxMessage> translate(RoutingEvent event, RoutingCase routingCase, Causation causation) {
        List<OutboxMessage> messages = new ArrayList<>();
        ReportRouted routed;
        if (event instanceof ReportRerouted rerouted) {
            routed = rerouted.routed();
            Submission submission = routed.submission();
            Decision decision = routed.decision();
            ReportFlagged flag = new ReportFlagged(rerouted.flagEventId(), submission.reportId().value(),
                    submission.trackingNumber(), ReportFlagged.Flag.REROUTED, rerouted.flagSequence(),
                    decision.decidedAt(), submission.content().township(), decision.committee(),
                    category(submission.content()), OFFICE, null, null, decision.previousCommittee());
            messages.add(message(flag, ReportFlagged.TYPE, causation));
        } else if (event instanceof ReportRouted first) {
            routed = first;
        } else {
            throw new IllegalArgumentException("no integration event for " + event);
        }
        messages.addAll(routedMessages(routed, causation));
        return messages;
    }

    private List<OutboxMessage> routedMessages(ReportRouted event, Causation causation) {
        Decision decision = event.decision();
        Submission submission = event.submission();
        boolean byOffice = decision.kind() == Decision.Kind.REROUTE;
        ReportStatusChanged status = new ReportStatusChanged(decision.eventId(), submission.reportId().value(),
                submission.trackingNumber(), ReportStatus.ROUTED, ReportStatus.valueOf(event.previousStatus().name()),
                decision.sequence(), decision.decidedAt(), submission.content().township(), decision.committee(),
                category(submission.content()), byOffice ? OFFICE : SYSTEM);
        org.minyi.events.routing.ReportRouted routed = new org.minyi.events.routing.ReportRouted(
                derivedId(decision.eventId(), org.minyi.events.routing.ReportRouted.TYPE),
                submission.reportId().value(), decision.sequence(), decision.decidedAt(),
                submission.trackingNumber(), submission.revision(), decision.committee(), decision.rule(),
                submission.occurredAt(), submittedReport(submission.content()), quality(submission.quality()),
                decision.ruleVersion(), byOffice ? decision.previousCommittee() : null,
                byOffice ? decision.reason() : null);
        return List.of(
                message(status, ReportStatusChanged.TYPE, causation),
                message(routed, org.minyi.events.routing.ReportRouted.TYPE, causation));
    }

    static SubmittedReport submittedReport(ReportContent c) {
        return new SubmittedReport(c.title(), category(c), c.domain(), c.situation(), c.analysis(),
                c.suggestions(), c.township(), c.sector(), c.authors(),
                c.onBehalfOf() == null ? null
                        : new OnBehalfOf(OnBehalfOf.Kind.valueOf(c.onBehalfOf().kind().name()), c.onBehalfOf().name()),
                c.topicId(), c.urgent(), c.occurredOn());
    }

    static Quality quality(org.minyi.routing.report.domain.Quality quality) {
        if (quality == null) {
            return null;
        }
        return new Quality(quality.flags().stream().map(Quality.Flag::valueOf).toList(),
                quality.possibleDuplicates().stream().map(d -> new Quality.PossibleDuplicate(d.reportId(),
                        d.trackingNumber(), d.similarity())).toList());
    }

    /** A second event announcing the same step gets an id of its own, derived so it is stable. */
    static UUID derivedId(UUID stepId, EventType<?> type) {
        return UUID.nameUUIDFromBytes((stepId + "/" + type.name()).getBytes(StandardCharsets.UTF_8));
    }

    private OutboxMessage message(ReportEvent event, EventType<?> type, Causation causation) {
        EventEnvelope envelope = EventEnvelope.of(event, type, SOURCE, causation.correlationId(),
                causation.causationId());
        Map<String, String> headers = new LinkedHashMap<>();
        envelope.toHeaders().forEach((name, value) -> headers.put(name, new String(value, StandardCharsets.UTF_8)));
        headers.putAll(traceContext.get());
        return new OutboxMessage(event.eventId().toString(), type.topic(), event.reportId(), headers,
                EventJson.writeString(event));
    }

    private static Category category(ReportContent content) {
        return Category.valueOf(content.category().name());
    }
}
