package org.minyi.dashboard.board.web;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.minyi.dashboard.board.application.LiveFeed;
import org.minyi.dashboard.board.domain.DayCount;
import org.minyi.dashboard.board.domain.OverdueFlag;
import org.minyi.dashboard.board.domain.ReportProjection;
import org.minyi.dashboard.board.domain.ReportStatus;
import org.minyi.dashboard.board.domain.ReviewOverdueFlag;
import org.minyi.dashboard.board.domain.StageTime;
import org.minyi.dashboard.board.domain.StatusChange;
import org.minyi.dashboard.board.domain.Summary;

/** What the board's endpoints answer: codes and counts, never report text. */
final class BoardViews {

    private BoardViews() {
    }

    /**
     * @param reviewOverdue            reports undecided past their committee's review time limit
     * @param reviewOverdueByCommittee those by the committee whose limit passed, largest first
     */
    record SummaryView(long total, Map<String, Long> byStatus, Map<String, Long> byTownship,
                       Map<String, Long> byCommittee, Map<String, Long> byCategory, Map<String, Long> byTopic,
                       Map<String, Long> bySource, long reviewOverdue, Map<String, Long> reviewOverdueByCommittee, Instant updatedAt) {

        static SummaryView of(Summary summary) {
            Map<String, Long> byStatus = new LinkedHashMap<>();
            summary.byStatus().forEach((status, count) -> byStatus.put(status.name(), count));
            return new SummaryView(summary.total(), byStatus, summary.byTownship(), summary.byCommittee(),
                    summary.byCategory(), summary.byTopic(), summary.bySource(), summary.reviewOverdue(),
                    summary.reviewOverdueByCommittee(), summary.updatedAt());
        }
    }

    /**
     * One report's projection; {@code traceId} is the trace of the status event that set the current
     * status, so that one trace can be followed from {@code POST /api/reports} to the board.
     * {@code reviewOverdueSince} and {@code reviewOverdue} are {@code null} unless the committee's review
     * time limit passed in the current stint.
     */
    record ReportItem(String reportId, String trackingNumber, ReportStatus status, ReportStatus previousStatus,
                      long sequence, String township, String committee, String category, Instant firstSeenAt,
                      Instant updatedAt, Map<String, Instant> stages, Instant overdueSince, List<OverdueUnit> overdue,
                      Instant reviewOverdueSince, ReviewOverdue reviewOverdue, String traceId) {

        static ReportItem of(ReportProjection projection) {
            Map<String, Instant> stages = new LinkedHashMap<>();
            projection.stages().forEach((status, at) -> stages.put(status.name(), at));
            return new ReportItem(projection.reportId(), projection.trackingNumber(), projection.status(),
                    projection.previousStatus(), projection.sequence(), projection.township(),
                    projection.committee(), projection.category(), projection.firstSeenAt(), projection.updatedAt(),
                    stages, projection.overdueSince(), projection.overdue().stream().map(OverdueUnit::of).toList(),
                    projection.reviewOverdueSince(),
                    projection.reviewOverdue() == null ? null : ReviewOverdue.of(projection.reviewOverdue()),
                    projection.traceId());
        }
    }

    /** The committee whose review time limit passed, when that was found, and the flag's event id. */
    record ReviewOverdue(String committee, Instant flaggedAt, UUID eventId) {

        static ReviewOverdue of(ReviewOverdueFlag flag) {
            return new ReviewOverdue(flag.committee(), flag.flaggedAt(), flag.eventId());
        }
    }

    /** A unit whose deadline passed, with the flag's event id as evidence. */
    record OverdueUnit(String unit, Instant flaggedAt, UUID eventId) {

        static OverdueUnit of(OverdueFlag flag) {
            return new OverdueUnit(flag.unit(), flag.flaggedAt(), flag.eventId());
        }
    }

    /** Durations in whole seconds; {@code null} where there is nothing to measure. */
    record StageTimeView(ReportStatus status, long passages, Long averageSeconds, Long medianSeconds, long current,
                         Long currentAverageSeconds) {

        static StageTimeView of(StageTime time) {
            return new StageTimeView(time.status(), time.passages(), seconds(time.average()), seconds(time.median()),
                    time.current(), seconds(time.currentAverage()));
        }

        private static Long seconds(Duration duration) {
            return duration == null ? null : duration.getSeconds();
        }
    }

    record DayView(LocalDate day, long submitted, long adopted, long closed) {

        static DayView of(DayCount count) {
            return new DayView(count.day(), count.submitted(), count.adopted(), count.closed());
        }
    }

    /** The latest feed entries, newest first; a stream opened with {@code Last-Event-ID: lastEventId} goes on from them. */
    record RecentView(List<FeedItem> items, long lastEventId) {

        static RecentView of(LiveFeed.Recent recent) {
            return new RecentView(recent.entries().stream()
                    .map(entry -> new FeedItem(entry.id(), StatusEvent.of(entry.change()))).toList(), recent.position());
        }
    }

    record FeedItem(long id, StatusEvent event) {
    }

    /** A status change on the stream, in the shape of the {@code report-status} event it came from. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record StatusEvent(UUID eventId, String reportId, String trackingNumber, ReportStatus status,
                       ReportStatus previousStatus, long sequence, Instant occurredAt, String township,
                       String committee, String category, String actorRole, String actor) {

        static StatusEvent of(StatusChange change) {
            return new StatusEvent(change.eventId(), change.reportId(), change.trackingNumber(), change.status(),
                    change.previousStatus(), change.sequence(), change.occurredAt(), change.township(),
                    change.committee(), change.category(), change.actorRole(), change.actor());
        }
    }
}
