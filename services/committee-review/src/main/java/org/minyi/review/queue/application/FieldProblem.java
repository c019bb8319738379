package org.minyi.review.queue.application;

/** One bad field of a request, explained in Chinese and English. */
public record FieldProblem(String field, String code, String messageZh, String message) {
}
