package org.minyi.followup.handling.domain;

/** Who may rate a handled report (PRODUCT.md §4): one of its authors, or its township's station. */
public final class RatingPolicy {

    private RatingPolicy() {
    }

    public static boolean mayRate(Actor by, ReportFacts report) {
        if (by.is(Role.MEMBER)) {
            return by.member() != null && report.authors().contains(by.member());
        }
        if (by.is(Role.STATION)) {
            return report.township().equals(by.township());
        }
        return false;
    }
}
