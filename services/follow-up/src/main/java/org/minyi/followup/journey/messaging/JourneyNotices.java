package org.minyi.followup.journey.messaging;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.followup.NotificationRaised;
import org.minyi.events.status.ReportStatus;
import org.minyi.followup.journey.application.Notices;
import org.minyi.followup.journey.domain.StatusNoticed;
import org.minyi.followup.outbox.domain.OutboxMessage;

/** A notice to authors and stations as {@code NotificationRaised} on {@code followup.notifications}. */
public final class JourneyNotices implements Notices {

    static final URI SOURCE = URI.create("/minyi/follow-up");

    private final Supplier<Map<String, String>> traceContext;

    /** @param traceContext the current trace as W3C headers ({@code traceparent}), stored with each notice */
    public JourneyNotices(Supplier<Map<String, String>> traceContext) {
        this.traceContext = traceContext;
    }

    @Override
    public List<OutboxMessage> translate(StatusNoticed notice, String correlationId) {
        NotificationRaised raised = new NotificationRaised(notice.eventId(), notice.reportId(), notice.sequence(),
                notice.occurredAt(), notice.trackingNumber(), notice.recipients(),
                NotificationRaised.Kind.valueOf(notice.kind().name()), ReportStatus.valueOf(notice.status().name()),
                null);
        EventEnvelope envelope = EventEnvelope.of(raised, NotificationRaised.TYPE, SOURCE, correlationId, null);
        Map<String, String> headers = new LinkedHashMap<>();
        envelope.toHeaders().forEach((name, value) -> headers.put(name, new String(value, StandardCharsets.UTF_8)));
        headers.putAll(traceContext.get());
        return List.of(new OutboxMessage(raised.eventId().toString(), NotificationRaised.TYPE.topic(),
                raised.reportId(), headers, EventJson.writeString(raised)));
    }
}
