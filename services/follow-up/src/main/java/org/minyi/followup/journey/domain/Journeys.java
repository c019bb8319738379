package org.minyi.followup.journey.domain;

import java.util.List;
import java.util.Optional;

/** Where journeys are kept, one per report. Each write stores the journey and the notice it decided at once. */
public interface Journeys {

    Optional<Journey> find(String reportId);

    /**
     * @throws AlreadyKept when the report already has one
     */
    void add(Journey journey, List<StatusNoticed> notices);

    /**
     * @throws ConcurrentUpdate when the journey changed since it was read
     */
    void update(Journey journey, List<StatusNoticed> notices);

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
