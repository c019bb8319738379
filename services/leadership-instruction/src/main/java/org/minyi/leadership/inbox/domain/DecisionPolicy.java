package org.minyi.leadership.inbox.domain;

/**
 * Who decides what about a report in the inbox (PRODUCT.md §4): leaders instruct, and the leaders'
 * secretariat records an instruction on a leader's behalf; the office and the secretariat (which does
 * this in practice) forward, archive and release an instruction's text to the authors.
 */
public final class DecisionPolicy {

    private DecisionPolicy() {
    }

    public static void mayInstruct(Actor by) {
        if (!by.is(Role.LEADER) && !by.is(Role.LEADERS_OFFICE)) {
            throw new NotPermitted("only leaders, or their secretariat on their behalf, issue instructions",
                    "只有领导或领导秘书处（代领导录入）可以作出批示");
        }
    }

    public static void mayDispose(Actor by) {
        if (!by.is(Role.OFFICE) && !by.is(Role.LEADERS_OFFICE)) {
            throw new NotPermitted("only the office or the leaders' secretariat forwards or archives a report",
                    "只有政协办公室或领导秘书处可以转办或存档");
        }
    }

    public static void mayRelease(Actor by) {
        if (!by.is(Role.OFFICE) && !by.is(Role.LEADERS_OFFICE)) {
            throw new NotPermitted("only the office or the leaders' secretariat releases an instruction to the authors",
                    "只有政协办公室或领导秘书处可以向作者公开批示");
        }
    }
}
