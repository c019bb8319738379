package org.minyi.routing.report.messaging;

import java.util.List;
import java.util.function.Consumer;

import org.minyi.chassis.events.InboundEvent;
import org.minyi.events.EventJson;
import org.minyi.events.intake.ReportSubmitted;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.routing.report.application.RoutingReport;
import org.minyi.routing.report.domain.OnBehalfOf;
import org.minyi.routing.report.domain.Quality;
import org.minyi.routing.report.domain.ReportContent;
import org.minyi.routing.report.domain.ReportId;
import org.minyi.routing.report.domain.Submission;
import org.minyi.routing.rules.domain.Category;

/**
 * Follows {@code intake.report-events} (binding {@code reportSubmitted}): translates each submission
 * (first or revised) and hands it to routing, which decides with the record's causation (its
 * correlation, caused by the submission). Other event types are skipped; a record that is not a
 * readable submission is poison and goes to the dead-letter topic at once.
 */
public final class ReportSubmittedListener implements Consumer<InboundEvent> {

    private final RoutingReport routing;

    public ReportSubmittedListener(RoutingReport routing) {
        this.routing = routing;
    }

    @Override
    public void accept(InboundEvent event) {
        event.as(ReportSubmitted.TYPE).ifPresent(submitted -> {
            if (!submitted.reportId().equals(event.envelope().reportId())) {
                throw new EventJson.UnreadableEventException(ReportSubmitted.TYPE.name()
                        + ": the payload's reportId differs from ce_subject");
            }
            routing.route(submission(submitted));
        });
    }

    private static Submission submission(ReportSubmitted e) {
        SubmittedReport r = e.report();
        if (e.trackingNumber() == null || e.revision() < 1 || e.sequence() < 1 || r == null || r.category() == null
                || r.domain() == null || r.township() == null
                || (r.onBehalfOf() != null && (r.onBehalfOf().kind() == null || r.onBehalfOf().name() == null))) {
            throw new EventJson.UnreadableEventException(ReportSubmitted.TYPE.name() + ": trackingNumber, revision,"
                    + " sequence, the report's category, domain and township, and a complete onBehalfOf are required");
        }
        ReportContent content = new ReportContent(r.title(), Category.valueOf(r.category().name()), r.domain(),
                r.situation(), r.analysis(), r.suggestions(), r.township(), r.sector(), r.authors(),
                r.onBehalfOf() == null ? null
                        : new OnBehalfOf(OnBehalfOf.Kind.valueOf(r.onBehalfOf().kind().name()), r.onBehalfOf().name()),
                r.topicId(), r.urgent(), r.occurredOn());
        return new Submission(e.eventId(), new ReportId(e.reportId()), e.trackingNumber(), e.revision(), e.sequence(),
                e.occurredAt(), e.submittedBy(), content, quality(e.quality()));
    }

    static Quality quality(org.minyi.events.intake.Quality quality) {
        if (quality == null) {
            return null;
        }
        return new Quality(quality.flags() == null ? List.of() : quality.flags().stream().map(Enum::name).toList(),
                quality.possibleDuplicates() == null ? List.of() : quality.possibleDuplicates().stream()
                        .map(d -> new Quality.PossibleDuplicate(d.reportId(), d.trackingNumber(), d.similarity()))
                        .toList());
    }
}
