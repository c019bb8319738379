package org.minyi.followup.handling.application;

import java.util.List;

import org.minyi.followup.handling.domain.Handling;
import org.minyi.followup.handling.domain.HandlingEvent;
import org.minyi.followup.outbox.domain.OutboxMessage;

/** Turns what a handling decided into the integration events that announce it, in order. */
public interface OutboundEvents {

    List<OutboxMessage> translate(List<? extends HandlingEvent> events, Handling handling, Causation causation);
}
