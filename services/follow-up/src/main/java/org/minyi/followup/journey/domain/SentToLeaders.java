package org.minyi.followup.journey.domain;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Committee-review sent the report to leaders.
 *
 * @param leaders the codes of the leaders it was sent to (already resolved: every leader when the event
 *                named none)
 */
public record SentToLeaders(UUID eventId, long sequence, Instant at, String trackingNumber, String township,
                            List<String> leaders) {

    public SentToLeaders {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(at, "at");
        leaders = leaders == null ? List.of() : List.copyOf(leaders);
    }
}
