package org.minyi.followup.handling.domain;

/** The caller may see the report but not do this to it. */
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
