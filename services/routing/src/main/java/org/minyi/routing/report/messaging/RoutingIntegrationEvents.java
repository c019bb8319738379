package org.minyi.routing.report.messaging;

import java.util.ArrayList;
import java.util.List;

import org.minyi.chassis.events.IntegrationEvents;
import org.minyi.chassis.outbox.EventTranslation;
import org.minyi.chassis.outbox.OutboxMessage;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.OnBehalfOf;
import org.minyi.events.intake.Quality;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.status.ReportFlagged;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.routing.report.domain.Decision;
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
 *
 * <p>Each status change and flag names its {@code actor}: {@code system} for a routing by the rules, the
 * office's principal (the decision's {@code decidedBy}) for a re-routing and its flag.
 */
public final class RoutingIntegrationEvents implements EventTranslation<RoutingCase, RoutingEvent> {

    static final String SYSTEM = "SYSTEM";
    static final String OFFICE = "OFFICE";
    /** The actor of automatic steps on {@code report-status}. */
    static final String SYSTEM_ACTOR = "system";

    private final IntegrationEvents events;

    public RoutingIntegrationEvents(IntegrationEvents events) {
        this.events = events;
    }

    @Override
    public List<OutboxMessage> translate(RoutingCase routingCase, List<? extends RoutingEvent> decided) {
        List<OutboxMessage> messages = new ArrayList<>();
        decided.forEach(event -> messages.addAll(translate(event)));
        return messages;
    }

    private List<OutboxMessage> translate(RoutingEvent event) {
        List<OutboxMessage> messages = new ArrayList<>();
        ReportRouted routed;
        if (event instanceof ReportRerouted rerouted) {
            routed = rerouted.routed();
            Submission submission = routed.submission();
            Decision decision = routed.decision();
            ReportFlagged flag = new ReportFlagged(rerouted.flagEventId(), submission.reportId().value(),
                    submission.trackingNumber(), ReportFlagged.Flag.REROUTED, rerouted.flagSequence(),
                    decision.decidedAt(), submission.content().township(), decision.committee(),
                    category(submission.content()), OFFICE, null, null, decision.previousCommittee(),
                    decision.decidedBy());
            messages.add(events.message(flag, ReportFlagged.TYPE));
        } else if (event instanceof ReportRouted first) {
            routed = first;
        } else {
            throw new IllegalArgumentException("no integration event for " + event);
        }
        messages.addAll(routedMessages(routed));
        return messages;
    }

    private List<OutboxMessage> routedMessages(ReportRouted event) {
        Decision decision = event.decision();
        Submission submission = event.submission();
        boolean byOffice = decision.kind() == Decision.Kind.REROUTE;
        ReportStatusChanged status = new ReportStatusChanged(decision.eventId(), submission.reportId().value(),
                submission.trackingNumber(), ReportStatus.ROUTED, ReportStatus.valueOf(event.previousStatus().name()),
                decision.sequence(), decision.decidedAt(), submission.content().township(), decision.committee(),
                category(submission.content()), byOffice ? OFFICE : SYSTEM, null,
                byOffice ? decision.decidedBy() : SYSTEM_ACTOR);
        org.minyi.events.routing.ReportRouted routed = new org.minyi.events.routing.ReportRouted(
                IntegrationEvents.derivedId(decision.eventId(), org.minyi.events.routing.ReportRouted.TYPE),
                submission.reportId().value(), decision.sequence(), decision.decidedAt(),
                submission.trackingNumber(), submission.revision(), decision.committee(), decision.rule(),
                submission.occurredAt(), submittedReport(submission.content()), quality(submission.quality()),
                decision.ruleVersion(), byOffice ? decision.previousCommittee() : null,
                byOffice ? decision.reason() : null);
        return List.of(
                events.message(status, ReportStatusChanged.TYPE),
                events.message(routed, org.minyi.events.routing.ReportRouted.TYPE));
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

    private static Category category(ReportContent content) {
        return Category.valueOf(content.category().name());
    }
}
