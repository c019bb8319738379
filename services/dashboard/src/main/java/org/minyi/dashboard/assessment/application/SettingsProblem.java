package org.minyi.dashboard.assessment.application;

/** One bad value in targets or a points table, named by its path in the request body. */
public record SettingsProblem(String field, String messageZh, String message) {
}
