package org.minyi.chassis.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.minyi.events.EventEnvelope;
import org.minyi.events.EventJson;
import org.minyi.events.intake.Category;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.events.status.ReportFlagged;
import org.springframework.messaging.support.MessageBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A consumed record as a binding hands it over, and the outbox message an event goes out as. */
class InboundEventTest {

    private final ReportStatusChanged routed = new ReportStatusChanged(UUID.randomUUID(), "r1", "SQ-2026-000001",
            ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2, Instant.parse("2026-03-01T08:00:00Z"), "chengguan",
            "economy", Category.DAILY_LIFE, "SYSTEM");

    @Test
    void theEnvelopeIsReadFromKafkaStyleOrCloudEventsStyleHeaders() {
        Map<String, Object> kafka = headers(routed, "ce_");
        Map<String, Object> function = headers(routed, "ce-");

        for (Map<String, Object> headers : List.of(kafka, function)) {
            InboundEvent event = InboundEvent.of(MessageBuilder.withPayload(EventJson.write(routed))
                    .copyHeaders(headers).build());
            assertThat(event.is(ReportStatusChanged.TYPE)).isTrue();
            assertThat(event.is(ReportFlagged.TYPE)).isFalse();
            assertThat(event.as(ReportStatusChanged.TYPE)).contains(routed);
            assertThat(event.envelope().correlationId()).isEqualTo("corr-1");
        }
    }

    @Test
    void theHandlerRunsWithTheRecordsCorrelationCausedByTheRecord() {
        List<Causation> seen = new ArrayList<>();
        InboundEvent.consumer(event -> seen.add(Causation.current()))
                .accept(MessageBuilder.withPayload(EventJson.write(routed)).copyHeaders(headers(routed, "ce_")).build());

        assertThat(seen).containsExactly(new Causation("corr-1", routed.eventId().toString()));
    }

    @Test
    void aRecordWithoutAnEnvelopeIsPoison() {
        assertThatThrownBy(() -> InboundEvent.of(MessageBuilder.withPayload(new byte[0]).build()))
                .isInstanceOf(EventEnvelope.MalformedEnvelopeException.class);
    }

    @Test
    void anOutboxMessageCarriesTheEnvelopeTheCausationAndTheTrace() {
        IntegrationEvents events = new IntegrationEvents(URI.create("/minyi/routing"),
                () -> Map.of("traceparent", "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01"));

        var message = new Causation("corr-7", "evt-3").within(() -> events.message(routed, ReportStatusChanged.TYPE));

        assertThat(message.id()).isEqualTo(routed.eventId().toString());
        assertThat(message.destination()).isEqualTo("report-status");
        assertThat(message.key()).isEqualTo("r1");
        assertThat(message.headers()).containsEntry("ce_source", "/minyi/routing")
                .containsEntry("ce_correlationid", "corr-7").containsEntry("ce_causationid", "evt-3")
                .containsEntry("ce_type", ReportStatusChanged.TYPE.name())
                .containsKey("traceparent");
        assertThat(EventJson.read(message.payload().getBytes(StandardCharsets.UTF_8), ReportStatusChanged.TYPE))
                .isEqualTo(routed);
    }

    private static Map<String, Object> headers(ReportStatusChanged event, String prefix) {
        EventEnvelope envelope = EventEnvelope.of(event, ReportStatusChanged.TYPE, URI.create("/minyi/routing"),
                "corr-1", null);
        Map<String, Object> headers = new HashMap<>();
        envelope.toHeaders().forEach((name, value) -> headers.put(name.replaceFirst("^ce_", prefix), value));
        return headers;
    }
}
