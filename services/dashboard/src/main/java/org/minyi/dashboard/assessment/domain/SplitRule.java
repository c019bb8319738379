package org.minyi.dashboard.assessment.domain;

/** How an item's points are shared among a report's authors. */
public enum SplitRule {
    /** 谁写谁得分: every author gets the item's full points (the default) */
    WHOEVER_WRITES,
    /** 平均分配: the points are divided equally, to the cent; leftover cents go to the first authors by code */
    EQUAL_SHARE
}
