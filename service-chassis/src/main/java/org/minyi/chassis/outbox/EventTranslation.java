package org.minyi.chassis.outbox;

import java.util.List;

/**
 * What a service's aggregate decided, as the integration events that announce it. Implemented in the
 * service's {@code messaging/} (the only place that knows the shared event contracts) and handed to its
 * store, which writes the messages in the same single-document write as the aggregate.
 *
 * @param <A> the aggregate
 * @param <E> its domain events
 */
@FunctionalInterface
public interface EventTranslation<A, E> {

    List<OutboxMessage> translate(A aggregate, List<? extends E> events);
}
