package org.minyi.intake.report.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

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
 */
public final class SubmittingReport {

    private final Reports reports;
    private final TrackingNumbers trackingNumbers;
    private final SubmissionValidation validation;
    private final OutboundEvents outbound;
    private final Clock clock;
    private final ZoneId zone;

    public SubmittingReport(Reports reports, TrackingNumbers trackingNumbers, SubmissionValidation validation,
                            OutboundEvents outbound, Clock clock, ZoneId zone) {
        this.reports = reports;
        this.trackingNumbers = trackingNumbers;
        this.validation = validation;
        this.outbound = outbound;
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
        SubmissionPolicy.check(command.actor(), command.content());
        validation.check(command.content());

        Instant now = clock.instant();
        TrackingNumber number = trackingNumbers.next(now.atZone(zone).getYear());
        SubmissionKey key = command.idempotencyKey() == null ? null
                : new SubmissionKey(principal, command.idempotencyKey(), fingerprint);
        Report.Submission submission = Report.submit(ReportId.random(), number, command.content(), command.actor(),
                key, now);
        try {
            reports.add(submission.report(),
                    outbound.translate(submission.submitted(), submission.report(), command.causation()));
        } catch (Reports.DuplicateSubmission e) {
            Report first = reports.findBySubmissionKey(principal, command.idempotencyKey()).orElseThrow(() -> e);
            return replay(first, command.idempotencyKey(), fingerprint);
        }
        return new Submitted(submission.report(), false);
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
