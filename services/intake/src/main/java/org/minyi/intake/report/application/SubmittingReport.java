package org.minyi.intake.report.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.minyi.intake.report.domain.Assessment;
import org.minyi.intake.report.domain.Report;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.Reports;
import org.minyi.intake.report.domain.SubmissionKey;
import org.minyi.intake.report.domain.SubmissionPolicy;
import org.minyi.intake.report.domain.TrackingNumber;
import org.minyi.intake.report.domain.TrackingNumbers;

/**
 * A station or member submits a report. When this returns, the report and its SUBMITTED event are
 * durable together; a repeat under the same {@code Idempotency-Key} returns the first answer.
 *
 * <p>Submissions never wait on one another: a valid, new submission takes the next tracking number of
 * its year from an atomic counter and stores the report with it. Numbers are unique and increase with
 * the order in which they were taken; a gap is left only where a submission failed after taking its
 * number (the database went away at the insert, or a parallel repeat of the same request lost to the
 * first). Should the counter ever stand behind the stored reports (restored from an older backup), the
 * store's unique index refuses the taken number and the counter is raised past the highest in use.
 */
public final class SubmittingReport {

    private static final int ATTEMPTS = 5;

    private final Reports reports;
    private final TrackingNumbers trackingNumbers;
    private final SubmissionValidation validation;
    private final AssessingQuality quality;
    private final Clock clock;
    private final ZoneId zone;

    public SubmittingReport(Reports reports, TrackingNumbers trackingNumbers, SubmissionValidation validation,
                            AssessingQuality quality, Clock clock, ZoneId zone) {
        this.reports = reports;
        this.trackingNumbers = trackingNumbers;
        this.validation = validation;
        this.quality = quality;
        this.clock = clock;
        this.zone = zone;
    }

    public Submitted submit(SubmitReport command) {
        String fingerprint = command.content().fingerprint();
        String principal = command.actor().principal();
        if (command.idempotencyKey() != null) {
            Optional<Report> earlier = reports.findBySubmissionKey(principal, command.idempotencyKey());
            if (earlier.isPresent()) {
                return replay(earlier.get(), command.idempotencyKey(), fingerprint);
            }
        }
        validation.check(command.content());
        SubmissionPolicy.check(command.actor(), command.content());

        Instant now = clock.instant();
        int year = now.atZone(zone).getYear();
        ReportId id = ReportId.random();
        Assessment assessment = quality.assess(id, command.content(), now);
        SubmissionKey key = command.idempotencyKey() == null ? null
                : new SubmissionKey(principal, command.idempotencyKey(), fingerprint);
        for (int attempt = 1; ; attempt++) {
            Report.Submission submission = Report.submit(id, TrackingNumber.of(year, trackingNumbers.take(year)),
                    command.content(), command.actor(), key, now, assessment);
            try {
                reports.add(submission.report(), List.of(submission.submitted()));
            } catch (Reports.DuplicateSubmission e) {
                Report first = reports.findBySubmissionKey(principal, command.idempotencyKey()).orElseThrow(() -> e);
                return replay(first, command.idempotencyKey(), fingerprint);
            } catch (Reports.TrackingNumberTaken e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                trackingNumbers.atLeast(year, trackingNumbers.highestUsed(year));
                continue;
            }
            quality.remember(submission.report());
            return new Submitted(submission.report(), false);
        }
    }

    private static Submitted replay(Report earlier, String key, String fingerprint) {
        if (!earlier.submissionKey().sameRequest(fingerprint)) {
            throw new IdempotencyKeyReused(key);
        }
        return new Submitted(earlier, true);
    }

    /** @param replayed whether this answers a repeat of an earlier request */
    public record Submitted(Report report, boolean replayed) {
    }
}
