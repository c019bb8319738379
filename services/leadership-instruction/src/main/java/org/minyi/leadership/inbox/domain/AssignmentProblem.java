package org.minyi.leadership.inbox.domain;

/** One broken assignment rule, naming the field of the request it concerns (e.g. {@code units[1].unit}). */
public record AssignmentProblem(String field, String code, String messageZh, String message) {
}
