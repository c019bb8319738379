package org.minyi.events.intake;

/** The kinds of 社情民意信息 a report can be (PRODUCT.md §5). */
public enum Category {
    /** 重大事件反映 */
    MAJOR_EVENT,
    /** 难点问题对策 */
    HARD_PROBLEM,
    /** 重要决策建议 */
    DECISION_ADVICE,
    /** 日常生活变化 */
    DAILY_LIFE,
    /** 潜在问题苗头 */
    EMERGING_RISK,
    /** 不稳定因素 */
    STABILITY_RISK
}
