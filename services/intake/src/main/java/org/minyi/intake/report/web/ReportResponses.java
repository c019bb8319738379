package org.minyi.intake.report.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.minyi.intake.report.domain.Report;
import org.minyi.intake.report.domain.ReportContent;
import org.minyi.intake.report.domain.TimelineEntry;

/** What the report endpoints answer. */
final class ReportResponses {

    private ReportResponses() {
    }

    record Accepted(String id, String trackingNumber, String status, Instant submittedAt) {

        static Accepted of(Report report) {
            return new Accepted(report.id().value(), report.trackingNumber().value(), report.status().name(),
                    report.submittedAt());
        }
    }

    record ReportView(String id, String trackingNumber, String status, int revision, String title, String category,
                      String domain, String situation, String analysis, String suggestions, String township,
                      String sector, List<String> authors, OnBehalfOfView onBehalfOf, String topicId, boolean urgent,
                      LocalDate occurredOn, String committee, String submittedBy, Instant submittedAt,
                      Instant updatedAt) {

        static ReportView of(Report report) {
            ReportContent c = report.content();
            return new ReportView(report.id().value(), report.trackingNumber().value(), report.status().name(),
                    report.revision(), c.title(), c.category().name(), c.domain(), c.situation(), c.analysis(),
                    c.suggestions(), c.township(), c.sector(), c.authors(),
                    c.onBehalfOf() == null ? null : new OnBehalfOfView(c.onBehalfOf().kind().name(), c.onBehalfOf().name()),
                    c.topicId(), c.urgent(), c.occurredOn(), report.committee(), report.submittedBy().principal(),
                    report.submittedAt(), report.updatedAt());
        }
    }

    record OnBehalfOfView(String kind, String name) {
    }

    record Timeline(String reportId, String trackingNumber, String status, List<Step> steps) {

        static Timeline of(Report report) {
            return new Timeline(report.id().value(), report.trackingNumber().value(), report.status().name(),
                    report.timeline().stream().map(Step::of).toList());
        }
    }

    record Step(String eventId, long sequence, String status, String previousStatus, String actorRole, Instant at) {

        static Step of(TimelineEntry e) {
            return new Step(e.eventId().toString(), e.sequence(), e.status().name(),
                    e.previousStatus() == null ? null : e.previousStatus().name(), e.actorRole().name(), e.at());
        }
    }

    record Page<T>(List<T> items, int page, int size, long total) {
    }
}
