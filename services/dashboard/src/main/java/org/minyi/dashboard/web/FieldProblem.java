package org.minyi.dashboard.web;

/** One bad request parameter, with a Chinese message first and English alongside. */
public record FieldProblem(String field, String code, String messageZh, String message) {
}
