package org.minyi.leadership.inbox.messaging;

import java.util.function.Consumer;

import org.minyi.chassis.events.InboundEvent;
import org.minyi.events.EventJson;
import org.minyi.events.intake.SubmittedReport;
import org.minyi.events.review.ReportSentToLeaders;
import org.minyi.leadership.inbox.application.ReceivingReport;
import org.minyi.leadership.inbox.domain.Category;
import org.minyi.leadership.inbox.domain.Grade;
import org.minyi.leadership.inbox.domain.ReportContent;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.leadership.inbox.domain.SentReport;

/**
 * Follows {@code review.review-events} (binding {@code reviewEvents}): a report sent to the leaders lands
 * in the inbox of the leaders the sending names (every leader when it names none). The other review
 * decisions — transfers to units (转送) included, which do not pass the leaders — are not the inbox's
 * business and are skipped.
 */
public final class ReviewEventsListener implements Consumer<InboundEvent> {

    private final ReceivingReport receiving;

    public ReviewEventsListener(ReceivingReport receiving) {
        this.receiving = receiving;
    }

    @Override
    public void accept(InboundEvent event) {
        event.as(ReportSentToLeaders.TYPE).ifPresent(this::on);
    }

    void on(ReportSentToLeaders e) {
        SubmittedReport r = e.report();
        if (r == null || e.trackingNumber() == null || r.title() == null || r.category() == null
                || r.township() == null || r.situation() == null || r.suggestions() == null) {
            throw new EventJson.UnreadableEventException(ReportSentToLeaders.TYPE.name()
                    + ": trackingNumber and the report's title, category, township, situation and suggestions are required");
        }
        SentReport report = new SentReport(e.trackingNumber(), r.title(), Category.valueOf(r.category().name()),
                r.domain(), r.township(), r.sector(), e.committee(), r.authors(), r.urgent(),
                e.grade() == null ? null : Grade.valueOf(e.grade().name()), e.publication(), e.submittedAt(),
                new ReportContent(r.situation(), r.analysis(), r.suggestions()));
        receiving.receive(new ReportId(e.reportId()), report, e.leaders(), e.eventId(), e.sequence(), e.occurredAt());
    }
}
