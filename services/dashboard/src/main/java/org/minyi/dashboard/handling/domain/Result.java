package org.minyi.dashboard.handling.domain;

/** A unit's feedback result: A solved or adopted, B in progress or partly solved, C cannot be solved now. */
public enum Result {
    A, B, C
}
