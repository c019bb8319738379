package org.minyi.chassis.problem;

import java.util.Objects;

/**
 * What is wrong with one field of a request, in Chinese first and English alongside.
 *
 * @param field     the field's path ({@code title}, {@code units[0].deadline}, {@code body} for the whole body)
 * @param code      a stable machine-readable code ({@code required}, {@code too_long}, {@code unknown_field}, …)
 * @param messageZh the message for people, in Chinese
 * @param message   the same in English
 */
public record FieldProblem(String field, String code, String messageZh, String message) {

    public FieldProblem {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(message, "message");
    }

    /** Text for a message: at most {@code max} characters of what the caller sent, then an ellipsis. */
    public static String quoted(String text, int max) {
        if (text == null) {
            return "null";
        }
        return text.codePointCount(0, text.length()) <= max ? text
                : text.substring(0, text.offsetByCodePoints(0, max)) + "…";
    }
}
