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

    /**
     * Stores a changed topic over the version it was read at.
     *
     * @throws ChangedMeanwhile when another change was stored since
     */
    void update(Topic topic, long readVersion);

    /**
     * @param quarter {@code null} for any
     * @param openOn  {@code null} for any, else those not closed with a deadline on or after it
     */
    Page list(String quarter, LocalDate openOn, int page, int size);

    long countInQuarter(String quarter);

    record Page(List<Topic> items, int page, int size, long total) {
    }

    /** Another change to the topic was stored after it was read. */
    class ChangedMeanwhile extends RuntimeException {

        public ChangedMeanwhile(String id) {
            super("topic " + id + " was changed meanwhile");
        }
    }

    /** A topic with this id exists already. */
    class TopicTaken extends RuntimeException {

        public TopicTaken(String id) {
            super("topic " + id + " exists already");
        }
    }
}
