package org.minyi.routing.topic.domain;

/** The topic was closed by the office: it can no longer be edited or closed again. */
public class TopicClosed extends RuntimeException {

    public TopicClosed(String id) {
        super("topic " + id + " is closed");
    }
}
