package org.minyi.leadership.inbox.domain;

/** The caller's role may not take this step. */
public class NotPermitted extends RuntimeException {

    private final String messageZh;

    public NotPermitted(String message, String messageZh) {
        super(message);
        this.messageZh = messageZh;
    }

    public String messageZh() {
        return messageZh;
    }
}
