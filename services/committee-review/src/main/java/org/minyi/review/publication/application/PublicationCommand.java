package org.minyi.review.publication.application;

import java.util.List;

import org.minyi.review.publication.domain.IssueTexts;
import org.minyi.review.queue.domain.IssueKind;
import org.minyi.review.queue.domain.ReportId;

/** An issue as the office composes it: its kind, its reports in order, and its texts. */
public record PublicationCommand(IssueKind kind, List<ReportId> reports, IssueTexts texts) {

    public PublicationCommand {
        reports = List.copyOf(reports);
        texts = texts == null ? IssueTexts.NONE : texts;
    }
}
