package org.minyi.review.queue.domain;

/**
 * Who may do what with a committee's queue (PRODUCT.md §4): a reviewer sees and decides only its own
 * committee's reports; the office sees every queue and sends adopted reports to the leaders.
 */
public final class ReviewPolicy {

    private ReviewPolicy() {
    }

    public static boolean maySeeQueue(Actor actor, String committee) {
        return actor.is(Role.OFFICE) || isReviewerOf(actor, committee);
    }

    /** Claims and decisions. */
    public static void checkMayReview(Actor actor, ReviewItem item) {
        if (!isReviewerOf(actor, item.committee())) {
            throw new ReviewRefused("only a reviewer of the report's committee may review it",
                    "只有本专委会的审核人员可以审核该信息");
        }
    }

    public static void checkMaySendToLeaders(Actor actor) {
        if (!actor.is(Role.OFFICE)) {
            throw new ReviewRefused("only the office sends reports to the leaders", "只有政协办公室可以报送领导");
        }
    }

    private static boolean isReviewerOf(Actor actor, String committee) {
        return actor.is(Role.REVIEWER) && actor.committee() != null && actor.committee().equals(committee);
    }
}
