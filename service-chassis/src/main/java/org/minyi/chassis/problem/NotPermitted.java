package org.minyi.chassis.problem;

/** The caller may see the object but not do this to it: answered 403 {@code not-permitted}, nothing changed. */
public class NotPermitted extends RuntimeException {

    private final String messageZh;

    public NotPermitted(String messageZh, String message) {
        super(message);
        this.messageZh = messageZh;
    }

    public String messageZh() {
        return messageZh;
    }
}
