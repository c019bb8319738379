package org.minyi.routing.topic.domain;

/** No such topic. */
public class TopicNotFound extends RuntimeException {

    public TopicNotFound(String id) {
        super("no topic " + id);
    }
}
