package org.minyi.followup.notification.application;

import org.minyi.followup.notification.domain.Notice;

/**
 * A way to reach a principal outside the platform (SMS, e-mail, or the log locally). Channels are
 * called only by {@link DeliveringNotices}, never by the workflow, so one that fails or hangs delays
 * nothing but its own deliveries, which are retried.
 */
public interface DeliveryChannel {

    /** A stable name, stored with each delivery (e.g. {@code log}, {@code smtp}). */
    String name();

    /**
     * @throws RuntimeException when the notice could not be delivered (it will be retried)
     */
    void deliver(Notice notice);

    /**
     * Whether the channel cannot fail or wait (the log): it is then used as a notice arrives and stored as
     * delivered, which spares a write per notice. Every other channel is used by the delivery job only.
     */
    default boolean deliversAtOnce() {
        return false;
    }
}
