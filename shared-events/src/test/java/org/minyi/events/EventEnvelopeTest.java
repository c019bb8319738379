package org.minyi.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.Map;

import io.cloudevents.CloudEvent;
import io.cloudevents.kafka.KafkaMessageFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;
import org.minyi.events.status.ReportStatusChanged;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventEnvelopeTest {

    private final ReportEvent event = Samples.BY_TYPE.get(ReportStatusChanged.TYPE.name());
    private final EventEnvelope envelope = EventEnvelope.of(event, ReportStatusChanged.TYPE,
            URI.create("/minyi/routing"), "corr-1", "00000000-0000-4000-8000-000000000002");

    @Test
    void theEnvelopeTakesIdTimeReportAndSequenceFromTheEvent() {
        assertThat(envelope.id()).isEqualTo(event.eventId());
        assertThat(envelope.time()).isEqualTo(event.occurredAt());
        assertThat(envelope.reportId()).isEqualTo(event.reportId());
        assertThat(envelope.sequence()).isEqualTo(2);
    }

    @Test
    void headersReadBackToTheSameEnvelope() {
        Map<String, byte[]> headers = envelope.toHeaders();
        assertThat(EventEnvelope.fromHeaders(headers::get)).isEqualTo(envelope);
    }

    @Test
    void theHeadersAreAValidCloudEventInKafkaBinaryMode() {
        RecordHeaders kafkaHeaders = new RecordHeaders();
        envelope.toHeaders().forEach(kafkaHeaders::add);
        byte[] payload = EventJson.write(event);
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("report-status", 0, 0L, 0L,
                org.apache.kafka.common.record.TimestampType.CREATE_TIME, 0, payload.length, event.reportId(),
                payload, kafkaHeaders, java.util.Optional.empty());

        CloudEvent cloudEvent = KafkaMessageFactory.createReader(record).toEvent();

        assertThat(cloudEvent.getSpecVersion().toString()).isEqualTo("1.0");
        assertThat(cloudEvent.getId()).isEqualTo(event.eventId().toString());
        assertThat(cloudEvent.getType()).isEqualTo("minyi.status.ReportStatusChanged.v1");
        assertThat(cloudEvent.getSource()).isEqualTo(URI.create("/minyi/routing"));
        assertThat(cloudEvent.getSubject()).isEqualTo(event.reportId());
        assertThat(cloudEvent.getTime()).isEqualTo(OffsetDateTime.parse("2026-03-15T08:30:00Z"));
        assertThat(cloudEvent.getDataContentType()).isEqualTo("application/json");
        assertThat(cloudEvent.getExtension("reportsequence")).isEqualTo("2");
        assertThat(cloudEvent.getExtension("correlationid")).isEqualTo("corr-1");
        assertThat(cloudEvent.getData().toBytes()).isEqualTo(payload);
    }

    @Test
    void aMissingHeaderIsNamed() {
        Map<String, byte[]> headers = envelope.toHeaders();
        headers.remove(CloudEventHeaders.REPORT_SEQUENCE);
        assertThatThrownBy(() -> EventEnvelope.fromHeaders(headers::get))
                .isInstanceOf(EventEnvelope.MalformedEnvelopeException.class)
                .hasMessageContaining("ce_reportsequence");
    }

    @Test
    void anUnreadableHeaderIsMalformed() {
        Map<String, byte[]> headers = envelope.toHeaders();
        headers.put(CloudEventHeaders.ID, "not-a-uuid".getBytes(StandardCharsets.UTF_8));
        assertThatThrownBy(() -> EventEnvelope.fromHeaders(headers::get))
                .isInstanceOf(EventEnvelope.MalformedEnvelopeException.class);
    }

    @Test
    void eventTypeNamesAreVersionedLogicalNamesNotClassNames() {
        assertThat(EventTypes.ALL).allSatisfy(type -> {
            assertThat(type.name()).startsWith("minyi.").doesNotContain("org.minyi");
            assertThat(type.version()).isEqualTo(1);
        });
        assertThatThrownBy(() -> new EventType<>("org.minyi.Foo", ReportStatusChanged.class, "x"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(EventTypes.named("minyi.status.ReportStatusChanged.v1")).contains(ReportStatusChanged.TYPE);
        assertThat(EventTypes.named("minyi.status.Unknown.v9")).isEmpty();
    }
}
