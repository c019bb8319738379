package org.minyi.routing.topic.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Where topics are kept. */
public interface Topics {

    Optional<Topic> find(String id);

    /**
     * Stores a new topic.
     *
     * @throws TopicTaken when its id is taken
     */
    void add(Topic topic);

    /** @param quarter {@code null} for any; @param openOn {@code null} for any, else those with a deadline on or after it */
    Page list(String quarter, LocalDate openOn, int page, int size);

    long countInQuarter(String quarter);

    record Page(List<Topic> items, int page, int size, long total) {
    }

    /** A topic with this id exists already. */
    class TopicTaken extends RuntimeException {

        public TopicTaken(String id) {
            super("topic " + id + " exists already");
        }
    }
}
