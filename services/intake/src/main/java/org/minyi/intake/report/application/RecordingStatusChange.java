package org.minyi.intake.report.application;

import java.util.List;

import org.minyi.chassis.concurrency.OnConflict;
import org.minyi.intake.report.domain.Report;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.Reports;
import org.minyi.intake.report.domain.StatusObservation;

/**
 * Follows the status other services announce, so that the submitter sees the whole life and intake
 * knows when a report may be revised or withdrawn. Applying the same announcement twice changes nothing.
 */
public final class RecordingStatusChange {

    private final Reports reports;

    public RecordingStatusChange(Reports reports) {
        this.reports = reports;
    }

    /** @return whether the report changed (false for a repeat, or a report intake does not hold) */
    public boolean record(ReportId id, StatusObservation change) {
        return OnConflict.retry(() -> {
            Report report = reports.find(id).orElse(null);
            if (report == null || !report.observe(change)) {
                return false;
            }
            reports.update(report, List.of());
            return true;
        });
    }
}
