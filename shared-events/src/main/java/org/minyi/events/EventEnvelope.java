package org.minyi.events;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

import static org.minyi.events.CloudEventHeaders.*;

/**
 * The metadata every Minyi event travels with, carried as CloudEvents 1.0 Kafka binary-mode headers.
 * The record's key on Kafka is {@link #reportId()}, so one report's events stay in order on one
 * partition.
 *
 * @param id            the event id ({@code ce_id}); consumers apply an id at most once
 * @param type          logical type with version ({@code ce_type}), e.g. {@code minyi.review.ReportAdopted.v1}
 * @param source        the producing service ({@code ce_source}), e.g. {@code /minyi/committee-review}
 * @param time          when it happened ({@code ce_time})
 * @param reportId      the report it concerns ({@code ce_subject}; also the Kafka key)
 * @param sequence      the report's causal sequence ({@code ce_reportsequence})
 * @param correlationId shared by every event that one outside request set off
 * @param causationId   the event or request that caused this one; {@code null} for none
 */
public record EventEnvelope(UUID id, String type, URI source, Instant time, String reportId, long sequence,
                            String correlationId, String causationId) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(correlationId, "correlationId");
        if (sequence < 1) {
            throw new IllegalArgumentException("sequence starts at 1: " + sequence);
        }
    }

    /** The envelope of {@code event}, whose own fields give id, time, report and sequence. */
    public static EventEnvelope of(ReportEvent event, EventType<?> type, URI source, String correlationId,
                                   String causationId) {
        return new EventEnvelope(event.eventId(), type.name(), source, event.occurredAt(), event.reportId(),
                event.sequence(), correlationId, causationId);
    }

    /** The headers, in a stable order; values are UTF-8 text as the Kafka binding requires. */
    public Map<String, byte[]> toHeaders() {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, utf8(SPEC_VERSION_1_0));
        headers.put(ID, utf8(id.toString()));
        headers.put(TYPE, utf8(type));
        headers.put(SOURCE, utf8(source.toString()));
        headers.put(TIME, utf8(time.toString()));
        headers.put(SUBJECT, utf8(reportId));
        headers.put(CONTENT_TYPE, utf8(JSON));
        headers.put(REPORT_SEQUENCE, utf8(Long.toString(sequence)));
        headers.put(CORRELATION_ID, utf8(correlationId));
        if (causationId != null) {
            headers.put(CAUSATION_ID, utf8(causationId));
        }
        return headers;
    }

    /**
     * Reads an envelope back from headers ({@code header} answers {@code null} for a missing one).
     *
     * @throws MalformedEnvelopeException naming the first missing or unreadable header
     */
    public static EventEnvelope fromHeaders(Function<String, byte[]> header) {
        String specVersion = required(header, SPEC_VERSION);
        if (!SPEC_VERSION_1_0.equals(specVersion)) {
            throw new MalformedEnvelopeException(SPEC_VERSION, "unsupported CloudEvents version " + specVersion);
        }
        try {
            return new EventEnvelope(
                    UUID.fromString(required(header, ID)),
                    required(header, TYPE),
                    URI.create(required(header, SOURCE)),
                    Instant.parse(required(header, TIME)),
                    required(header, SUBJECT),
                    Long.parseLong(required(header, REPORT_SEQUENCE)),
                    required(header, CORRELATION_ID),
                    optional(header, CAUSATION_ID));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            throw new MalformedEnvelopeException("ce_*", e.getMessage());
        }
    }

    private static String required(Function<String, byte[]> header, String name) {
        String value = optional(header, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEnvelopeException(name, "missing header");
        }
        return value;
    }

    private static String optional(Function<String, byte[]> header, String name) {
        byte[] value = header.apply(name);
        return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }

    private static byte[] utf8(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    /** The headers do not make a valid envelope; such a record is poison, not a transient fault. */
    public static final class MalformedEnvelopeException extends RuntimeException {

        public MalformedEnvelopeException(String header, String problem) {
            super(header + ": " + problem);
        }
    }
}
