package org.minyi.intake.report.messaging;

import java.util.ArrayList;
import java.util.List;

import org.minyi.chassis.events.IntegrationEvents;
import org.minyi.chassis.outbox.EventTranslation;
import org.minyi.chassis.outbox.OutboxMessage;
import org.minyi.events.intake.Category;
import org.minyi.events.intake.OnBehalfOf;
import org.minyi.events.intake.Quality;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.intake.report.domain.Report;
import org.minyi.intake.report.domain.ReportContent;
import org.minyi.intake.report.domain.ReportEvent;
import org.minyi.intake.report.domain.ReportSubmitted;
import org.minyi.intake.report.domain.ReportWithdrawn;

/**
 * Intake's domain events as integration events: every step is a {@code report-status} change naming its
 * actor (the submitting or withdrawing principal), and a submission also travels with its content on
 * {@code intake.report-events} for routing. A withdrawal's reason stays in intake: the public topic
 * carries codes only.
 */
public final class IntakeIntegrationEvents implements EventTranslation<Report, ReportEvent> {

    private final IntegrationEvents events;

    public IntakeIntegrationEvents(IntegrationEvents events) {
        this.events = events;
    }

    @Override
    public List<OutboxMessage> translate(Report report, List<? extends ReportEvent> decided) {
        List<OutboxMessage> messages = new ArrayList<>();
        decided.forEach(event -> messages.addAll(translate(event)));
        return messages;
    }

    private List<OutboxMessage> translate(ReportEvent event) {
        if (event instanceof ReportSubmitted submitted) {
            ReportStatusChanged status = new ReportStatusChanged(submitted.eventId(), submitted.reportId().value(),
                    submitted.trackingNumber().value(), ReportStatus.SUBMITTED, status(submitted.previousStatus()),
                    submitted.sequence(), submitted.occurredAt(), submitted.content().township(), null,
                    category(submitted.content().category()), submitted.submittedBy().role().name(), null,
                    submitted.submittedBy().principal());
            org.minyi.events.intake.ReportSubmitted content = new org.minyi.events.intake.ReportSubmitted(
                    IntegrationEvents.derivedId(submitted.eventId(), org.minyi.events.intake.ReportSubmitted.TYPE),
                    submitted.reportId().value(), submitted.sequence(), submitted.occurredAt(),
                    submitted.trackingNumber().value(), submitted.revision(), submitted.submittedBy().principal(),
                    submittedReport(submitted.content()), quality(submitted.quality()));
            return List.of(
                    events.message(status, ReportStatusChanged.TYPE),
                    events.message(content, org.minyi.events.intake.ReportSubmitted.TYPE));
        }
        if (event instanceof ReportWithdrawn withdrawn) {
            ReportStatusChanged status = new ReportStatusChanged(withdrawn.eventId(), withdrawn.reportId().value(),
                    withdrawn.trackingNumber().value(), ReportStatus.WITHDRAWN, status(withdrawn.previousStatus()),
                    withdrawn.sequence(), withdrawn.occurredAt(), withdrawn.township(), withdrawn.committee(),
                    category(withdrawn.category()), withdrawn.withdrawnBy().role().name(), null,
                    withdrawn.withdrawnBy().principal());
            return List.of(events.message(status, ReportStatusChanged.TYPE));
        }
        throw new IllegalArgumentException("no integration event for " + event);
    }

    static SubmittedReport submittedReport(ReportContent c) {
        return new SubmittedReport(c.title(), category(c.category()), c.domain(), c.situation(), c.analysis(),
                c.suggestions(), c.township(), c.sector(), c.authors(),
                c.onBehalfOf() == null ? null
                        : new OnBehalfOf(OnBehalfOf.Kind.valueOf(c.onBehalfOf().kind().name()), c.onBehalfOf().name()),
                c.topicId(), c.urgent(), c.occurredOn(),
                c.source() == null ? null : org.minyi.events.intake.Source.valueOf(c.source().name()));
    }

    static Quality quality(org.minyi.intake.report.domain.Quality quality) {
        return new Quality(quality.orderedFlags().stream().map(flag -> Quality.Flag.valueOf(flag.name())).toList(),
                quality.possibleDuplicates().stream().map(d -> new Quality.PossibleDuplicate(d.reportId().value(),
                        d.trackingNumber().value(), Math.round(d.similarity() * 1000) / 1000.0)).toList());
    }

    private static ReportStatus status(org.minyi.intake.report.domain.ReportStatus status) {
        return status == null ? null : ReportStatus.valueOf(status.name());
    }

    private static Category category(org.minyi.intake.report.domain.Category category) {
        return Category.valueOf(category.name());
    }
}
