package org.minyi.review.publication.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.minyi.review.publication.domain.CarriedReport;
import org.minyi.review.publication.domain.Publication;
import org.minyi.review.publication.domain.PublicationStatus;
import org.minyi.review.queue.domain.ReportId;

/** What the publication endpoints answer. */
final class PublicationResponses {

    private PublicationResponses() {
    }

    /**
     * @param masthead 社情民意 or 政协信息专报
     * @param citation e.g. 《社情民意》2026年第3期; {@code null} for a draft
     * @param leaders  for an issued 《专报》, the codes of the leaders its reports were sent to
     * @param pending  reports still taking the issue (normally empty once issued)
     */
    record PublicationView(String id, String kind, String masthead, String status, Integer year, Integer number,
                           String citation, String headline, String editorNote, String recipients,
                           List<CarriedView> reports, LocalDate issuedOn, Instant issuedAt, String issuedBy,
                           String issuer, List<String> leaders, List<String> pending, List<SkippedView> skipped,
                           String createdBy, Instant createdAt, Instant updatedAt, String document) {

        static PublicationView of(Publication p) {
            boolean issued = p.status() == PublicationStatus.ISSUED;
            return new PublicationView(p.id().value(), p.kind().name(), p.kind().masthead(), p.status().name(),
                    p.year(), p.number(), issued ? p.ref().citation() : null, p.texts().headline(),
                    p.texts().editorNote(), p.texts().recipients(), p.reports().stream().map(CarriedView::of).toList(),
                    p.issuedOn(), p.issuedAt(), p.issuedBy(), p.issuer(), p.leaders(),
                    p.pending().stream().map(ReportId::value).toList(),
                    p.skipped().stream().map(s -> new SkippedView(s.reportId().value(),
                            s.status() == null ? null : s.status().name())).toList(),
                    p.createdBy(), p.createdAt(), p.updatedAt(), "/api/publications/" + p.id().value() + "/document");
        }
    }

    record CarriedView(String reportId, String trackingNumber, String title, String committee, String township,
                       List<String> authors, List<String> compositeOf, String href) {

        static CarriedView of(CarriedReport r) {
            return new CarriedView(r.reportId().value(), r.trackingNumber(), r.title(), r.committee(), r.township(),
                    r.authors(), r.compositeOf(), "/api/review/reports/" + r.reportId().value());
        }
    }

    record SkippedView(String reportId, String status) {
    }
}
