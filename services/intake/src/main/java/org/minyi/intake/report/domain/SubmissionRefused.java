package org.minyi.intake.report.domain;

/** The submitter may not submit this report; nothing was stored. */
public class SubmissionRefused extends RuntimeException {

    private final String messageZh;

    public SubmissionRefused(String message, String messageZh) {
        super(message);
        this.messageZh = messageZh;
    }

    public String messageZh() {
        return messageZh;
    }
}
