package org.minyi.routing.report.messaging;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.intake.IntakeTopics;
import org.minyi.events.intake.ReportSubmitted;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.routing.report.application.Causation;
import org.minyi.routing.report.application.RoutingReport;
import org.minyi.routing.report.domain.OnBehalfOf;
import org.minyi.routing.report.domain.Quality;
import org.minyi.routing.report.domain.ReportContent;
import org.minyi.routing.report.domain.ReportId;
import org.minyi.routing.report.domain.Submission;
import org.minyi.routing.rules.domain.Category;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Follows {@code intake.report-events}: translates each submission (first or revised) and hands it
 * to routing. Other event types are skipped; a record that is not a readable submission is poison
 * and goes to the dead-letter topic at once.
 */
public final class ReportSubmittedListener {

    private final RoutingReport routing;

    public ReportSubmittedListener(RoutingReport routing) {
        this.routing = routing;
    }

    /** The group is the service's ({@code spring.kafka.consumer.group-id}), not the listener id. */
    @KafkaListener(id = "routing-intake.report-events", topics = IntakeTopics.REPORT_EVENTS, idIsGroup = false)
    public void receive(ConsumerRecord<String, byte[]> record) {
        EventEnvelope envelope = EventEnvelope.fromHeaders(name -> header(record, name));
        if (ReportSubmitted.TYPE.name().equals(envelope.type())) {
            ReportSubmitted submitted = EventJson.read(record.value(), ReportSubmitted.TYPE);
            if (!submitted.reportId().equals(envelope.reportId())) {
                throw new EventJson.UnreadableEventException(ReportSubmitted.TYPE.name()
                        + ": the payload's reportId differs from ce_subject");
            }
            on(submitted, envelope);
        }
    }

    void on(ReportSubmitted e, EventEnvelope envelope) {
        routing.route(submission(e), new Causation(envelope.correlationId(), e.eventId().toString()));
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

    private static byte[] header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : header.value();
    }
}
