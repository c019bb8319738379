package org.minyi.review.queue.domain;

/**
 * An adoption names a submission it cannot answer: none of the report's, one to another level, or one sent
 * after the adoption's date. Bad input, named on the field concerned.
 */
public class UnanswerableSubmission extends RuntimeException {

    private final BrokenRule rule;

    public UnanswerableSubmission(BrokenRule rule) {
        super(rule.message());
        this.rule = rule;
    }

    public BrokenRule rule() {
        return rule;
    }
}
