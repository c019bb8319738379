package org.minyi.routing.report.application;

import java.util.List;

import org.minyi.routing.report.domain.OutboxMessage;
import org.minyi.routing.report.domain.RoutingCase;
import org.minyi.routing.report.domain.RoutingEvent;

/** Turns a routing decision into the integration events that announce it. */
public interface OutboundEvents {

    List<OutboxMessage> translate(RoutingEvent event, RoutingCase routingCase, Causation causation);
}
