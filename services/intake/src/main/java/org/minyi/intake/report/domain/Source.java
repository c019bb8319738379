package org.minyi.intake.report.domain;

/** How the authors came to know what they report; counted in the year's statistics. */
public enum Source {
    /** 调研 */
    RESEARCH,
    /** 视察 */
    INSPECTION,
    /** 协商座谈 */
    CONSULTATION,
    /** 恳谈会 */
    HEARING,
    /** 日常走访 */
    DAILY
}
