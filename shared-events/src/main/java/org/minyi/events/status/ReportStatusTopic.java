package org.minyi.events.status;

/**
 * The public topic: every status change of every report, keyed by report id. Every service that
 * changes a report's status produces here; dashboards outside the platform subscribe directly.
 */
public final class ReportStatusTopic {

    public static final String NAME = "report-status";

    private ReportStatusTopic() {
    }
}
