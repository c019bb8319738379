package org.minyi.leadership.inbox.domain;

/** The level of the leader who instructs (县、市、省、国家). */
public enum Level {
    COUNTY, CITY, PROVINCE, NATIONAL
}
