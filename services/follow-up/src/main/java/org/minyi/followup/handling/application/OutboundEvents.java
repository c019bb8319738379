package org.minyi.followup.handling.application;

import java.util.List;

import org.minyi.followup.handling.domain.Handling;
import org.minyi.followup.handling.domain.HandlingEvent;
import org.minyi.followup.handling.domain.OutboxMessage;

/** Turns what a handling decided into the integration events that announce it. */
public interface OutboundEvents {

    List<OutboxMessage> translate(HandlingEvent event, Handling handling, Causation causation);
}
