package org.minyi.events.routing;

/** Topics that routing produces. */
public final class RoutingTopics {

    /** Routing decisions, carrying the report to its committee; consumed by committee-review. */
    public static final String ROUTING_EVENTS = "routing.routing-events";

    private RoutingTopics() {
    }
}
