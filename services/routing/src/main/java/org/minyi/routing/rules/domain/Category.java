package org.minyi.routing.rules.domain;

/** The kinds of 社情民意信息 a report can be (PRODUCT.md §5). */
public enum Category {
    MAJOR_EVENT, HARD_PROBLEM, DECISION_ADVICE, DAILY_LIFE, EMERGING_RISK, STABILITY_RISK
}
