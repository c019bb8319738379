package org.minyi.leadership.inbox.domain;

public enum Category {
    MAJOR_EVENT, HARD_PROBLEM, DECISION_ADVICE, DAILY_LIFE, EMERGING_RISK, STABILITY_RISK
}
