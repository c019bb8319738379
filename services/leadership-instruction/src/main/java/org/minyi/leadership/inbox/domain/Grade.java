package org.minyi.leadership.inbox.domain;

/** The committee's grade of an adopted report. */
public enum Grade {
    A, B, C
}
