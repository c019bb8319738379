package org.minyi.review.queue.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A report as the upstream ledger reads it: its codes and title, what the office sent up and what was adopted.
 *
 * @param title {@code null} when read for a caller who may not see it
 */
public record UpstreamRecord(ReportId reportId, String trackingNumber, String title, String committee,
                             List<UpstreamSubmission> submissions, List<UpstreamAdoption> adoptions) {

    public UpstreamRecord {
        Objects.requireNonNull(reportId, "reportId");
        submissions = List.copyOf(submissions);
        adoptions = List.copyOf(adoptions);
    }

    /** The adoption that answered the submission, if any. */
    public Optional<UpstreamAdoption> answerTo(UpstreamSubmission submission) {
        return adoptions.stream().filter(a -> a.answers(submission)).findFirst();
    }
}
