package org.minyi.followup.handling.domain;

/** Optional narrowing of a task list; {@code null} means any. */
public record TaskFilter(String unit, TaskStatus status) {
}
