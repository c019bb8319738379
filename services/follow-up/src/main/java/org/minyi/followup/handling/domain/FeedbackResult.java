package org.minyi.followup.handling.domain;

/** A unit's result (办理结果): A solved or adopted, B in progress or partly solved, C cannot be solved now. */
public enum FeedbackResult {
    A, B, C
}
