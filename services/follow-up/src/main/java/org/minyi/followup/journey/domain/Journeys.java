package org.minyi.followup.journey.domain;

import java.util.List;
import java.util.Optional;

/** Where journeys are kept, one per report. Each write stores the journey and the notice it decided at once. */
public interface Journeys {

    Optional<Journey> find(String reportId);

    /**
     * Stores a new journey with its notices. If the report has one already (another writer stored it first),
     * nothing is written and the store throws the chassis's {@code ConcurrentWrite}.
     */
    void add(Journey journey, List<StatusNoticed> notices);

    /**
     * Stores a changed journey with its notices, if nobody changed it since it was read. If somebody did,
     * nothing is written and the store throws the chassis's {@code ConcurrentWrite}.
     */
    void update(Journey journey, List<StatusNoticed> notices);
}
