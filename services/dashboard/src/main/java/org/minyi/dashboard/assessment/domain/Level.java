package org.minyi.dashboard.assessment.domain;

/** The level of a leader who instructs (批示), or of the CPPCC that adopts a report upstream (no COUNTY there). */
public enum Level {
    COUNTY, CITY, PROVINCE, NATIONAL
}
