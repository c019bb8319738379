package org.minyi.followup.handling.domain;

/** The level of the leader who instructed (批示): county, city, province or nation. */
public enum LeaderLevel {
    COUNTY, CITY, PROVINCE, NATIONAL
}
