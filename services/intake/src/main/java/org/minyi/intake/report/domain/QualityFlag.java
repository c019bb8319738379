package org.minyi.intake.report.domain;

/** Rules of good practice (真·精·特·快) a report may break. Flags warn reviewers; they never block. */
public enum QualityFlag {
    /** 精: longer than the county advises */
    TOO_LONG,
    /** 精 一事一议: likely more than one issue in one report */
    MULTIPLE_ISSUES,
    /** 特: no sector's distinctive view */
    NO_SECTOR_VIEW,
    /** 快: too many days from the event to the report */
    SLOW
}
