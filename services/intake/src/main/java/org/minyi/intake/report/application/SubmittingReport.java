package org.minyi.intake.report.application;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

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
 * <p>Tracking numbers are gap-free per year without transactions: the report is stored together with
 * the next number, and the store's unique index on the number is the only reservation there is. A
 * report that is not stored (refused, a repeat, the database away) takes no number; two submissions
 * that try the same number cannot both be stored, and the loser tries the next. So the numbers in use
 * are always 1…n of the year.
 *
 * <p>Within one replica, numbers are taken one submission at a time: left to race, a burst of parallel
 * submissions (a backlog released when the database returns) all try the same number, all but one lose,
 * and the retries grow with the square of the burst. Across replicas the unique index still decides.
 */
public final class SubmittingReport {

    /** Attempts after which the hint is no longer trusted and the highest number in use is looked up. */
    private static final int TRUST_THE_HINT = 3;
    private static final int ATTEMPTS = 10_000;
    /** How long a submission waits for its turn before it is answered 503 (nothing is stored). */
    private static final long TURN_SECONDS = 10;

    private final Reports reports;
    private final TrackingNumbers trackingNumbers;
    private final SubmissionValidation validation;
    private final AssessingQuality quality;
    private final Clock clock;
    private final ZoneId zone;
    private final ReentrantLock numbering = new ReentrantLock(true);

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
        if (!awaitTurn()) {
            throw new SubmissionsBusy("no tracking number could be taken within " + TURN_SECONDS + " s");
        }
        Submitted submitted;
        try {
            submitted = store(command, id, year, now, assessment, key, principal, fingerprint);
        } finally {
            numbering.unlock();
        }
        if (!submitted.replayed()) {
            // the hint for other replicas; it only ever grows, so it need not be written in turn
            trackingNumbers.issued(year, submitted.report().trackingNumber().serial());
            quality.remember(submitted.report());
        }
        return submitted;
    }

    private boolean awaitTurn() {
        try {
            return numbering.tryLock(TURN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Submitted store(SubmitReport command, ReportId id, int year, Instant now, Assessment assessment,
                            SubmissionKey key, String principal, String fingerprint) {
        long serial = trackingNumbers.lastIssued(year) + 1;
        for (int attempt = 1; ; attempt++) {
            Report.Submission submission = Report.submit(id, TrackingNumber.of(year, serial), command.content(),
                    command.actor(), key, now, assessment);
            try {
                reports.add(submission.report(), List.of(submission.submitted()));
            } catch (Reports.DuplicateSubmission e) {
                Report first = reports.findBySubmissionKey(principal, command.idempotencyKey()).orElseThrow(() -> e);
                return replay(first, command.idempotencyKey(), fingerprint);
            } catch (Reports.TrackingNumberTaken e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                serial = Math.max(serial + 1, trackingNumbers.lastIssued(year) + 1);
                if (attempt % TRUST_THE_HINT == 0) {
                    serial = Math.max(serial, trackingNumbers.highestUsed(year) + 1);
                }
                continue;
            }
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
