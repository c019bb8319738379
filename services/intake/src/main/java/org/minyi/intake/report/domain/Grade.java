package org.minyi.intake.report.domain;

/** How a committee graded an adopted report. */
public enum Grade {
    A, B, C
}
