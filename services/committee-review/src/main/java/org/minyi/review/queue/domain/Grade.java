package org.minyi.review.queue.domain;

/** How a committee grades an adopted report. */
public enum Grade {
    A, B, C
}
