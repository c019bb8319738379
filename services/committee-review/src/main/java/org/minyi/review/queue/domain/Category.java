package org.minyi.review.queue.domain;

public enum Category {
    MAJOR_EVENT, HARD_PROBLEM, DECISION_ADVICE, DAILY_LIFE, EMERGING_RISK, STABILITY_RISK
}
