package org.minyi.events.intake;

/** Topics that intake produces. */
public final class IntakeTopics {

    /** Submissions and revisions, with their content; consumed by routing. */
    public static final String REPORT_EVENTS = "intake.report-events";

    private IntakeTopics() {
    }
}
