package org.minyi.review.queue.domain;

/**
 * Who may do what with the queues (PRODUCT.md §4): a reviewer sees and works only its own committee's
 * queue; the office sees every queue, works its own triage queue ({@value #OFFICE_QUEUE}) as a committee
 * does, may return any report in a queue to its authors, merges across committees, and alone publishes,
 * sends to the leaders, transfers to the departments (转送), and records what it sends up to higher CPPCCs (报送)
 * and what they adopt. The upstream ledger is statistics too: viewers read it, but only by codes — no titles
 * (PRODUCT.md §4: no report bodies).
 */
public final class ReviewPolicy {

    /** The office's triage queue: reports routing could not give to a committee. */
    public static final String OFFICE_QUEUE = "OFFICE";

    private ReviewPolicy() {
    }

    public static boolean maySeeQueue(Actor actor, String committee) {
        return actor.is(Role.OFFICE) || isReviewerOf(actor, committee);
    }

    /** Whether the actor claims and decides the reports of this committee's queue. */
    public static boolean worksQueueOf(Actor actor, String committee) {
        return isReviewerOf(actor, committee) || actor.is(Role.OFFICE) && OFFICE_QUEUE.equals(committee);
    }

    /** Claims, adoptions and declines. */
    public static void checkMayReview(Actor actor, ReviewItem item) {
        if (!worksQueueOf(actor, item.committee())) {
            throw new ReviewRefused("only a reviewer of the report's committee may review it",
                    "只有本专委会的审核人员可以审核该信息");
        }
    }

    /** Returns for revision: the committee, or the office for any queue. */
    public static void checkMayReturn(Actor actor, ReviewItem item) {
        if (!worksQueueOf(actor, item.committee()) && !actor.is(Role.OFFICE)) {
            throw new ReviewRefused("only the committee or the office may return a report",
                    "只有本专委会或政协办公室可以退回信息");
        }
    }

    /** Merges: a committee its own reports, the office any. */
    public static void checkMayMerge(Actor actor, ReviewItem item) {
        if (!worksQueueOf(actor, item.committee()) && !actor.is(Role.OFFICE)) {
            throw new ReviewRefused("only the committee or the office may merge its reports",
                    "只有本专委会或政协办公室可以综合这些信息");
        }
    }

    public static void checkMaySendToLeaders(Actor actor) {
        officeOnly(actor, "only the office sends reports to the leaders", "只有政协办公室可以报送领导");
    }

    public static void checkMayTransfer(Actor actor) {
        officeOnly(actor, "only the office transfers reports to the departments", "只有政协办公室可以转送信息");
    }

    public static void checkMayPublish(Actor actor) {
        officeOnly(actor, "only the office publishes issues", "只有政协办公室可以编发刊物");
    }

    public static void checkMayRecordUpstreamAdoption(Actor actor) {
        officeOnly(actor, "only the office records upstream adoptions", "只有政协办公室可以登记上级采用情况");
    }

    public static void checkMayRecordUpstreamSubmission(Actor actor) {
        officeOnly(actor, "only the office records what it sends up to a higher CPPCC", "只有政协办公室可以登记报送上级情况");
    }

    /** Whether the upstream ledger shows this actor the reports' titles: the office's does, a viewer's does not. */
    public static boolean readsUpstreamTitles(Actor actor) {
        return actor.is(Role.OFFICE);
    }

    /** Whether a return by this actor overrides another reviewer's claim: the office's does. */
    static boolean returnOverridesClaims(Actor actor) {
        return actor.is(Role.OFFICE);
    }

    private static void officeOnly(Actor actor, String message, String messageZh) {
        if (!actor.is(Role.OFFICE)) {
            throw new ReviewRefused(message, messageZh);
        }
    }

    private static boolean isReviewerOf(Actor actor, String committee) {
        return actor.is(Role.REVIEWER) && actor.committee() != null && actor.committee().equals(committee);
    }
}
