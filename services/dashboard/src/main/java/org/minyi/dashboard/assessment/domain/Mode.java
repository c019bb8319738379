package org.minyi.dashboard.assessment.domain;

/** How an upper-level CPPCC adopted a report: on its own (单独采用) or forwarded in a compilation (转送采用). */
public enum Mode {
    SINGLE, FORWARDED
}
