package org.minyi.routing.report.domain;

import java.util.UUID;

/**
 * The office sent a report to another committee: first the REROUTED flag at the report's current
 * sequence ({@code flagSequence}), then the routing to the new committee at the next.
 */
public record ReportRerouted(UUID flagEventId, long flagSequence, ReportRouted routed) implements RoutingEvent {
}
