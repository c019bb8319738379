package org.minyi.dashboard.assessment.domain;

/** What earns points (the rows of the points table). */
public enum Item {
    /** 县政协采用 */
    COUNTY_ADOPTION,
    /** 《专报》刊发 */
    SPECIAL_PUBLICATION,
    /** 上级政协采用, by level and mode */
    UPSTREAM_ADOPTION,
    /** 领导批示, by level */
    LEADER_INSTRUCTION
}
