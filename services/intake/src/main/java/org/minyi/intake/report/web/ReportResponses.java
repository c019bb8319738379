package org.minyi.intake.report.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.minyi.intake.report.domain.Actor;
import org.minyi.intake.report.domain.PossibleDuplicate;
import org.minyi.intake.report.domain.Quality;
import org.minyi.intake.report.domain.Report;
import org.minyi.intake.report.domain.ReportContent;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.Role;
import org.minyi.intake.report.domain.TimelineEntry;

/** What the report endpoints answer. */
final class ReportResponses {

    private ReportResponses() {
    }

    /** @param quality what the checks found; the submitter sees the flags, not the similar reports */
    record Accepted(String id, String trackingNumber, String status, Instant submittedAt, QualityView quality) {

        static Accepted of(Report report) {
            return new Accepted(report.id().value(), report.trackingNumber().value(), report.status().name(),
                    report.submittedAt(), QualityView.of(report.assessment().quality(), Set.of(), false));
        }
    }

    /**
     * @param possibleDuplicates similar reports of the last 90 days, for the office and reviewers only, and
     *                           only those the caller may open ({@code null} for submitters)
     */
    record QualityView(List<String> flags, List<DuplicateView> possibleDuplicates) {

        static QualityView of(Quality quality, Set<ReportId> visible, boolean withDuplicates) {
            return new QualityView(quality.orderedFlags().stream().map(Enum::name).toList(),
                    withDuplicates ? quality.possibleDuplicates().stream().filter(d -> visible.contains(d.reportId()))
                            .map(DuplicateView::of).toList() : null);
        }
    }

    record DuplicateView(String reportId, String trackingNumber, double similarity) {

        static DuplicateView of(PossibleDuplicate d) {
            return new DuplicateView(d.reportId().value(), d.trackingNumber().value(),
                    Math.round(d.similarity() * 1000) / 1000.0);
        }
    }

    record ReportView(String id, String trackingNumber, String status, int revision, String title, String category,
                      String domain, String situation, String analysis, String suggestions, String township,
                      String sector, List<String> authors, OnBehalfOfView onBehalfOf, String topicId, boolean urgent,
                      LocalDate occurredOn, String committee, String submittedBy, Instant submittedAt,
                      Instant updatedAt, QualityView quality) {

        /** @param visible the possible duplicates the viewer may open; only those are named */
        static ReportView of(Report report, Actor viewer, Set<ReportId> visible) {
            ReportContent c = report.content();
            return new ReportView(report.id().value(), report.trackingNumber().value(), report.status().name(),
                    report.revision(), c.title(), c.category().name(), c.domain(), c.situation(), c.analysis(),
                    c.suggestions(), c.township(), c.sector(), c.authors(),
                    c.onBehalfOf() == null ? null : new OnBehalfOfView(c.onBehalfOf().kind().name(), c.onBehalfOf().name()),
                    c.topicId(), c.urgent(), c.occurredOn(), report.committee(), report.submittedBy().principal(),
                    report.submittedAt(), report.updatedAt(), QualityView.of(report.assessment().quality(),
                            visible, viewer.is(Role.OFFICE) || viewer.is(Role.REVIEWER)));
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
}
