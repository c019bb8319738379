package org.minyi.events;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The wire format of event payloads: UTF-8 JSON, ISO-8601 times, absent rather than null optional
 * fields, unknown fields ignored and missing ones defaulted on reading (changes are additive). Every
 * producer and consumer uses this one mapper so that the golden files describe what really travels.
 */
public final class EventJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // a number or flag added later is absent from older payloads: it reads as 0 or false
            .disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
            .build();

    private EventJson() {
    }

    public static byte[] write(ReportEvent event) {
        return MAPPER.writeValueAsBytes(event);
    }

    public static String writeString(ReportEvent event) {
        return new String(write(event), StandardCharsets.UTF_8);
    }

    /**
     * @throws UnreadableEventException when the bytes are not a valid payload of that type
     */
    public static <E extends ReportEvent> E read(byte[] payload, EventType<E> type) {
        try {
            E event = MAPPER.readValue(payload, type.payload());
            if (event == null || event.eventId() == null || event.reportId() == null || event.occurredAt() == null
                    || event.sequence() < 1) {
                throw new UnreadableEventException(type.name() + ": eventId, reportId, occurredAt and sequence are required");
            }
            return event;
        } catch (JacksonException e) {
            throw new UnreadableEventException(type.name() + ": " + e.getOriginalMessage());
        }
    }

    /** A payload that cannot be read is poison: retrying will not help. */
    public static final class UnreadableEventException extends RuntimeException {

        public UnreadableEventException(String message) {
            super(message);
        }
    }
}
