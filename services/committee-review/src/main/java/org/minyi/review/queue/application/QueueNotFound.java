package org.minyi.review.queue.application;

/** A committee queue the caller may not see: answered as if it did not exist. */
public class QueueNotFound extends RuntimeException {

    public QueueNotFound(String committee) {
        super("queue " + committee + " not found");
    }
}
