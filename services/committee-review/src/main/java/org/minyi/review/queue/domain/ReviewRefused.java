package org.minyi.review.queue.domain;

/** The caller may see the item but its role may not take this step; nothing changed. */
public class ReviewRefused extends RuntimeException {

    private final String messageZh;

    public ReviewRefused(String message, String messageZh) {
        super(message);
        this.messageZh = messageZh;
    }

    public String messageZh() {
        return messageZh;
    }
}
