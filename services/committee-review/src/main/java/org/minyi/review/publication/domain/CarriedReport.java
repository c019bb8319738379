package org.minyi.review.publication.domain;

import java.util.List;
import java.util.Objects;

import org.minyi.review.queue.domain.Constituent;
import org.minyi.review.queue.domain.OnBehalfOf;
import org.minyi.review.queue.domain.ReportContent;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReviewItem;

/**
 * A report as an issue carries it: a copy taken when the issue is composed and again when it is issued,
 * so that the printed issue stays as it was printed.
 *
 * @param compositeOf for a composite, the tracking numbers of its constituents; empty otherwise
 */
public record CarriedReport(ReportId reportId, String trackingNumber, String title, String committee,
                            String township, String sector, List<String> authors, OnBehalfOf onBehalfOf,
                            List<String> compositeOf, String situation, String analysis, String suggestions) {

    public CarriedReport {
        Objects.requireNonNull(reportId, "reportId");
        Objects.requireNonNull(trackingNumber, "trackingNumber");
        Objects.requireNonNull(title, "title");
        authors = authors == null ? List.of() : List.copyOf(authors);
        compositeOf = compositeOf == null ? List.of() : List.copyOf(compositeOf);
    }

    public static CarriedReport of(ReviewItem item) {
        ReportContent c = item.content();
        List<String> constituents = item.merge() == null ? List.of()
                : item.merge().merged().stream().map(Constituent::trackingNumber).toList();
        return new CarriedReport(item.id(), item.trackingNumber(), c.title(), item.committee(), c.township(),
                c.sector(), c.authors(), c.onBehalfOf(), constituents, c.situation(), c.analysis(), c.suggestions());
    }
}
