package org.minyi.followup.journey.domain;

import java.util.List;
import java.util.Optional;

import org.minyi.followup.outbox.domain.OutboxMessage;

/** Where journeys are kept, one per report. Each write stores the journey and its outgoing events at once. */
public interface Journeys {

    Optional<Journey> find(String reportId);

    /**
     * @throws AlreadyKept when the report already has one
     */
    void add(Journey journey, List<OutboxMessage> outgoing);

    /**
     * @throws ConcurrentUpdate when the journey changed since it was read
     */
    void update(Journey journey, List<OutboxMessage> outgoing);

    class AlreadyKept extends RuntimeException {

        public AlreadyKept(String message) {
            super(message);
        }
    }

    class ConcurrentUpdate extends RuntimeException {

        public ConcurrentUpdate(String message) {
            super(message);
        }
    }
}
