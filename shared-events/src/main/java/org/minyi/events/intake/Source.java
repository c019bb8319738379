package org.minyi.events.intake;

/** How the authors came to know what they report (PRODUCT.md §5), counted in the year's statistics. */
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
