package org.minyi.intake.report.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Where reports are kept. Each write stores the report and the events it decided at once. */
public interface Reports {

    Optional<Report> find(ReportId id);

    /** The report, if {@code visibility} lets the caller see it. */
    Optional<Report> findVisible(ReportId id, Visibility visibility);

    /** Those of {@code ids} that {@code visibility} lets the caller see. */
    Set<ReportId> visibleAmong(Collection<ReportId> ids, Visibility visibility);

    PageOf<Report> list(Visibility visibility, ReportFilter filter, int page, int size);

    Optional<Report> findBySubmissionKey(String principal, String key);

    /**
     * Stores a new report with the events it decided.
     *
     * @throws DuplicateSubmission when its submission key is already taken
     * @throws TrackingNumberTaken when another report already carries its tracking number
     */
    void add(Report report, List<ReportEvent> events);

    /**
     * Stores a changed report with the events it decided, if nobody changed it since it was read
     * (its version); when somebody did, nothing is written and the chassis's ConcurrentWrite is thrown.
     */
    void update(Report report, List<ReportEvent> events);

    /** Another request stored a report under the same submission key first. */
    class DuplicateSubmission extends RuntimeException {

        public DuplicateSubmission(String message) {
            super(message);
        }
    }

    /** Another report was stored with the same tracking number first; try the next one. */
    class TrackingNumberTaken extends RuntimeException {

        public TrackingNumberTaken(String message) {
            super(message);
        }
    }
}
