package org.minyi.followup.journey.application;

import java.util.List;

import org.minyi.followup.journey.domain.StatusNoticed;
import org.minyi.followup.outbox.domain.OutboxMessage;

/** Turns a notice into the integration event that carries it to the feeds and delivery channels. */
public interface Notices {

    List<OutboxMessage> translate(StatusNoticed notice, String correlationId);
}
