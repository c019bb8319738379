package org.minyi.dashboard.board.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.minyi.dashboard.board.domain.ReportProjection;
import org.minyi.dashboard.board.domain.ReportStatus;
import org.minyi.dashboard.board.domain.StatusChange;
import org.minyi.dashboard.board.domain.Summary;

/** What the board's endpoints answer: codes and counts, never report text. */
final class BoardViews {

    private BoardViews() {
    }

    record SummaryView(long total, Map<String, Long> byStatus, Map<String, Long> byTownship,
                       Map<String, Long> byCommittee, Map<String, Long> byCategory, Instant updatedAt) {

        static SummaryView of(Summary summary) {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            summary.byStatus().forEach((status, count) -> byStatus.put(status.name(), count));
            return new SummaryView(summary.total(), byStatus, summary.byTownship(), summary.byCommittee(),
                    summary.byCategory(), summary.updatedAt());
        }
    }

    record ReportItem(String reportId, String trackingNumber, ReportStatus status, ReportStatus previousStatus,
                      long sequence, String township, String committee, String category, Instant firstSeenAt,
                      Instant updatedAt, Map<String, Instant> stages) {

        static ReportItem of(ReportProjection projection) {
            Map<String, Instant> stages = new LinkedHashMap<>();
            projection.stages().forEach((status, at) -> stages.put(status.name(), at));
            return new ReportItem(projection.reportId(), projection.trackingNumber(), projection.status(),
                    projection.previousStatus(), projection.sequence(), projection.township(),
                    projection.committee(), projection.category(), projection.firstSeenAt(), projection.updatedAt(),
                    stages);
        }
    }

    /** A status change on the stream, in the shape of the {@code report-status} event it came from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StatusEvent(UUID eventId, String reportId, String trackingNumber, ReportStatus status,
                       ReportStatus previousStatus, long sequence, Instant occurredAt, String township,
                       String committee, String category, String actorRole) {

        static StatusEvent of(StatusChange change) {
            return new StatusEvent(change.eventId(), change.reportId(), change.trackingNumber(), change.status(),
                    change.previousStatus(), change.sequence(), change.occurredAt(), change.township(),
                    change.committee(), change.category(), change.actorRole());
        }
    }

    record Page<T>(List<T> items, int page, int size, long total) {
    }
}
