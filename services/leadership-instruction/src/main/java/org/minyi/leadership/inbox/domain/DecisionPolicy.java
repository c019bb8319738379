package org.minyi.leadership.inbox.domain;

/** Who decides what about a report in the inbox (PRODUCT.md §4): leaders instruct, the office forwards and archives. */
public final class DecisionPolicy {

    private DecisionPolicy() {
    }

    public static void mayInstruct(Actor by) {
        if (!by.is(Role.LEADER)) {
            throw new NotPermitted("only leaders issue instructions", "只有领导可以作出批示");
        }
    }

    public static void mayDispose(Actor by) {
        if (!by.is(Role.OFFICE)) {
            throw new NotPermitted("only the office forwards or archives a report", "只有政协办公室可以转办或存档");
        }
    }
}
