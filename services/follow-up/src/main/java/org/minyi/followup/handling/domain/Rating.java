package org.minyi.followup.handling.domain;

/** How the authors judge the handling (满意 / 基本满意 / 不满意). */
public enum Rating {
    SATISFIED, BASICALLY_SATISFIED, UNSATISFIED
}
