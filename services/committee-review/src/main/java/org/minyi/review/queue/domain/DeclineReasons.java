package org.minyi.review.queue.domain;

/** Where the office's list of decline reasons is kept: one list per service. */
public interface DeclineReasons {

    /** The list; the seeded one when the office never changed it. */
    DeclineReasonList current();

    /**
     * Stores the list if nobody changed it since it was read.
     *
     * @throws ReviewItems.ConcurrentUpdate when somebody did
     */
    void save(DeclineReasonList list);
}
