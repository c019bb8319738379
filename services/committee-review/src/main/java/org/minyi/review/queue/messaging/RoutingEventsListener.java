package org.minyi.review.queue.messaging;

import java.util.function.Consumer;

import org.minyi.chassis.events.InboundEvent;
import org.minyi.events.EventJson;
import org.minyi.events.intake.Quality.PossibleDuplicate;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.routing.ReportRouted;
import org.minyi.review.queue.application.QueueingRoutedReport;
import org.minyi.review.queue.domain.Category;
import org.minyi.review.queue.domain.OnBehalfOf;
import org.minyi.review.queue.domain.Quality;
import org.minyi.review.queue.domain.ReportContent;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.RoutedReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows {@code routing.routing-events} (binding {@code routingEvents}): each routed report goes into its
 * committee's queue; other types on the topic are skipped.
 */
public final class RoutingEventsListener implements Consumer<InboundEvent> {

    private static final Logger log = LoggerFactory.getLogger(RoutingEventsListener.class);

    private final QueueingRoutedReport queueing;

    public RoutingEventsListener(QueueingRoutedReport queueing) {
        this.queueing = queueing;
    }

    @Override
    public void accept(InboundEvent event) {
        event.as(ReportRouted.TYPE).ifPresent(this::on);
    }

    void on(ReportRouted e) {
        if (e.committee() == null || e.committee().isBlank() || e.report() == null) {
            log.info("Routing event {} of report {} names no committee or content; not a committee queue's",
                    e.eventId(), e.reportId());
            return;
        }
        queueing.queue(translate(e));
    }

    /** @throws EventJson.UnreadableEventException when a required field is missing or unknown: poison */
    private static RoutedReport translate(ReportRouted e) {
        try {
            return new RoutedReport(e.eventId(), new ReportId(e.reportId()), e.trackingNumber(), e.revision(),
                    e.committee(), e.sequence(), e.submittedAt() == null ? e.occurredAt() : e.submittedAt(),
                    e.occurredAt(), content(e.report()), quality(e.quality()), e.previousCommittee());
        } catch (NullPointerException | IllegalArgumentException invalid) {
            throw new EventJson.UnreadableEventException(ReportRouted.TYPE.name() + ": " + invalid.getMessage());
        }
    }

    /** Intake's findings as routing passed them on; absent findings are none. */
    private static Quality quality(org.minyi.events.intake.Quality q) {
        if (q == null) {
            return Quality.NONE;
        }
        return new Quality(
                q.flags() == null ? null : q.flags().stream().map(f -> Quality.Flag.valueOf(f.name())).toList(),
                q.possibleDuplicates() == null ? null : q.possibleDuplicates().stream()
                        .filter(d -> d != null && d.reportId() != null)
                        .map(RoutingEventsListener::duplicate).toList());
    }

    private static Quality.PossibleDuplicate duplicate(PossibleDuplicate d) {
        return new Quality.PossibleDuplicate(new ReportId(d.reportId()), d.trackingNumber(), d.similarity());
    }

    private static ReportContent content(SubmittedReport r) {
        return new ReportContent(r.title(), Category.valueOf(r.category().name()), r.domain(), r.situation(),
                r.analysis(), r.suggestions(), r.township(), r.sector(), r.authors(),
                r.onBehalfOf() == null ? null
                        : new OnBehalfOf(OnBehalfOf.Kind.valueOf(r.onBehalfOf().kind().name()), r.onBehalfOf().name()),
                r.topicId(), r.urgent(), r.occurredOn());
    }
}
