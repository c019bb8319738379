package org.minyi.routing.report.domain;

/** What a routing case decided happened. */
public sealed interface RoutingEvent permits ReportRouted, ReportRerouted {
}
