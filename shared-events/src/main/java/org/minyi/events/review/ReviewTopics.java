package org.minyi.events.review;

/** Topics that committee-review produces. */
public final class ReviewTopics {

    /** Review decisions and reports sent to leaders. */
    public static final String REVIEW_EVENTS = "review.review-events";

    private ReviewTopics() {
    }
}
