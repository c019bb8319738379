package org.minyi.intake.report.domain;

import java.time.Instant;
import java.util.List;

/** Recent reports by their wording, to link a new report with those that say much the same. */
public interface SimilarReports {

    /**
     * Reports of {@code county} submitted since {@code since}, other than {@code excluding}, at least
     * {@code threshold} similar to {@code signature}; the most similar first, at most {@code limit}.
     */
    List<PossibleDuplicate> similarTo(String county, Signature signature, ReportId excluding, Instant since,
                                      double threshold, int limit);

    /** Takes note of a stored submission, so that later ones are compared with it. */
    void remember(SimilarityIndex.Entry entry);
}
