package org.minyi.events.review;

/** How an adopted report is graded by its committee. */
public enum Grade {
    A, B, C
}
