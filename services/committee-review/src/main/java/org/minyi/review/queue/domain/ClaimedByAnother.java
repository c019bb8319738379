package org.minyi.review.queue.domain;

/** Another reviewer holds the report: its claim is live, or it expired and must be taken over first. */
public class ClaimedByAnother extends IllegalTransition {

    private final Claim claim;

    public ClaimedByAnother(ReportId id, Claim claim, String message) {
        super(id, ReportStatus.UNDER_REVIEW, message);
        this.claim = claim;
    }

    public Claim claim() {
        return claim;
    }
}
