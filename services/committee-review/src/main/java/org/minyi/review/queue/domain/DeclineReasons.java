package org.minyi.review.queue.domain;

/** Where the office's list of decline reasons is kept: one list per service. */
public interface DeclineReasons {

    /** The list; the seeded one when the office never changed it. */
    DeclineReasonList current();

    /**
     * Stores the list if nobody changed it since it was read; when somebody did, it throws the chassis's
     * ConcurrentWrite and writes nothing.
     */
    void save(DeclineReasonList list);
}
