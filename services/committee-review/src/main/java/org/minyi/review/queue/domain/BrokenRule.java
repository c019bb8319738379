package org.minyi.review.queue.domain;

import java.util.Objects;

/**
 * A rule a request breaks, named on the request's field it concerns ({@code leaders[2]}, {@code units[0].deadline}),
 * with a stable code and the message in Chinese and in English.
 */
public record BrokenRule(String field, String code, String messageZh, String message) {

    public BrokenRule {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(message, "message");
    }
}
