package org.minyi.intake.report.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.minyi.intake.report.domain.Assessment;
import org.minyi.intake.report.domain.CountyLimits;
import org.minyi.intake.report.domain.DuplicatePolicy;
import org.minyi.intake.report.domain.MinHash;
import org.minyi.intake.report.domain.PossibleDuplicate;
import org.minyi.intake.report.domain.Quality;
import org.minyi.intake.report.domain.QualityPolicy;
import org.minyi.intake.report.domain.ReportContent;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.SimilarReports;
import org.minyi.intake.report.domain.SimilarityIndex;
import org.minyi.intake.report.domain.Signature;
import org.minyi.intake.report.domain.Report;

/**
 * Checks a submission against the rules of practice and links it with similar reports of the last
 * 90 days in its county. What it finds warns reviewers; it never stops a submission.
 */
public final class AssessingQuality {

    private final QualityPolicy policy;
    private final CountyLimits limits;
    private final Counties counties;
    private final MinHash minHash;
    private final DuplicatePolicy duplicates;
    private final SimilarReports similar;
    private final ZoneId zone;

    public AssessingQuality(QualityPolicy policy, CountyLimits limits, Counties counties, MinHash minHash,
                            DuplicatePolicy duplicates, SimilarReports similar, ZoneId zone) {
        this.policy = policy;
        this.limits = limits;
        this.counties = counties;
        this.minHash = minHash;
        this.duplicates = duplicates;
        this.similar = similar;
        this.zone = zone;
    }

    public Assessment assess(ReportId id, ReportContent content, Instant now) {
        String county = counties.of(content.township());
        LocalDate today = now.atZone(zone).toLocalDate();
        Optional<Signature> signature = minHash.of(content.wording());
        List<PossibleDuplicate> found = signature.map(s -> similar.similarTo(county, s, id, duplicates.since(now),
                duplicates.threshold(), duplicates.listed())).orElse(List.of());
        Quality quality = Quality.of(policy.flags(content, limits.of(county), today), found);
        return new Assessment(quality, county, signature.orElse(null));
    }

    /** Takes note of a stored submission for the comparisons to come. */
    public void remember(Report report) {
        Assessment assessment = report.assessment();
        if (assessment.signature() != null && assessment.county() != null) {
            similar.remember(new SimilarityIndex.Entry(report.id(), report.trackingNumber(), assessment.county(),
                    report.submittedAt(), assessment.signature()));
        }
    }
}
