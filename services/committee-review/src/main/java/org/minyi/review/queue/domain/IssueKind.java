package org.minyi.review.queue.domain;

/** The office's two publications. */
public enum IssueKind {
    /** 《社情民意》, the regular issues, numbered per year. */
    REGULAR("社情民意"),
    /** 《政协信息专报》, special issues sent to the Party and government leaders. */
    SPECIAL("政协信息专报");

    private final String masthead;

    IssueKind(String masthead) {
        this.masthead = masthead;
    }

    /** The name printed on the masthead, without the title marks. */
    public String masthead() {
        return masthead;
    }
}
