package org.minyi.intake.report.domain;

/**
 * Who may revise or withdraw a report: its township's station, or one of its authors.
 */
public final class AmendmentPolicy {

    private AmendmentPolicy() {
    }

    public static boolean mayAmend(Actor by, Report report) {
        return switch (by.role()) {
            case STATION -> report.content().township().equals(by.township());
            case MEMBER -> by.member() != null && report.content().authors().contains(by.member());
            default -> false;
        };
    }
}
