package org.minyi.leadership.inbox.application;

import java.util.List;

import org.minyi.leadership.inbox.domain.InboxEvent;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.OutboxMessage;

/** Turns what an inbox item decided into the integration events that announce it. */
public interface OutboundEvents {

    List<OutboxMessage> translate(InboxEvent event, InboxItem item, Causation causation);
}
