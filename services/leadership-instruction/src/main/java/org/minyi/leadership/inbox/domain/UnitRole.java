package org.minyi.leadership.inbox.domain;

/** 主办 (lead) or 协办 (support). */
public enum UnitRole {
    LEAD, SUPPORT
}
