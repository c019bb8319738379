package org.minyi.followup.journey.messaging;

import java.util.List;

import org.minyi.chassis.events.IntegrationEvents;
import org.minyi.chassis.outbox.EventTranslation;
import org.minyi.chassis.outbox.OutboxMessage;
import org.minyi.events.followup.NotificationRaised;
import org.minyi.events.status.ReportStatus;
import org.minyi.followup.journey.domain.Journey;
import org.minyi.followup.journey.domain.StatusNoticed;

/**
 * A notice to authors and stations, or a work notice to reviewers, leaders and the office, as
 * {@code NotificationRaised} on {@code followup.notifications}.
 */
public final class JourneyNotices implements EventTranslation<Journey, StatusNoticed> {

    private final IntegrationEvents events;

    public JourneyNotices(IntegrationEvents events) {
        this.events = events;
    }

    @Override
    public List<OutboxMessage> translate(Journey journey, List<? extends StatusNoticed> notices) {
        return notices.stream().map(this::message).toList();
    }

    private OutboxMessage message(StatusNoticed notice) {
        NotificationRaised raised = new NotificationRaised(notice.eventId(), notice.reportId(), notice.sequence(),
                notice.occurredAt(), notice.trackingNumber(), notice.recipients(),
                NotificationRaised.Kind.valueOf(notice.kind().name()),
                notice.status() == null ? null : ReportStatus.valueOf(notice.status().name()), null);
        return events.message(raised, NotificationRaised.TYPE);
    }
}
