package org.minyi.intake.report.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A report as intake keeps it: what was submitted, by whom, and the life it has had since, as the
 * submitter sees it. It decides submissions, revisions and withdrawals, and follows the status that
 * other services announce.
 */
public final class Report {

    private final ReportId id;
    private final TrackingNumber trackingNumber;
    private final Actor submittedBy;
    private final SubmissionKey submissionKey;
    private ReportContent content;
    private int revision;
    private ReportStatus status;
    private long sequence;
    private String committee;
    private Instant submittedAt;
    private Instant updatedAt;
    private Assessment assessment;
    private final List<TimelineEntry> timeline;
    private final long version;

    private Report(ReportId id, TrackingNumber trackingNumber, Actor submittedBy, SubmissionKey submissionKey,
                   ReportContent content, int revision, ReportStatus status, long sequence, String committee,
                   Instant submittedAt, Instant updatedAt, Assessment assessment, List<TimelineEntry> timeline,
                   long version) {
        this.id = Objects.requireNonNull(id);
        this.trackingNumber = Objects.requireNonNull(trackingNumber);
        this.submittedBy = Objects.requireNonNull(submittedBy);
        this.submissionKey = submissionKey;
        this.content = Objects.requireNonNull(content);
        this.revision = revision;
        this.status = Objects.requireNonNull(status);
        this.sequence = sequence;
        this.committee = committee;
        this.submittedAt = submittedAt;
        this.updatedAt = updatedAt;
        this.assessment = Objects.requireNonNull(assessment);
        this.timeline = new ArrayList<>(timeline);
        this.version = version;
    }

    /**
     * Submits a new report, with what the quality checks found in it.
     *
     * @throws SubmissionRefused when the submitter may not submit this report
     */
    public static Submission submit(ReportId id, TrackingNumber trackingNumber, ReportContent content, Actor by,
                                    SubmissionKey key, Instant now, Assessment assessment) {
        SubmissionPolicy.check(by, content);
        Report report = new Report(id, trackingNumber, by, key, content, 1, ReportStatus.SUBMITTED, 0, null, now, now,
                assessment, List.of(), 0);
        ReportSubmitted submitted = new ReportSubmitted(UUID.randomUUID(), id, trackingNumber, 1, content, by, null,
                1, now, assessment.quality());
        report.record(submitted.eventId(), ReportStatus.SUBMITTED, null, 1, now, by.role());
        return new Submission(report, submitted);
    }

    /** Rebuilds a report from storage; decides nothing. */
    public static Report restore(ReportId id, TrackingNumber trackingNumber, Actor submittedBy,
                                 SubmissionKey submissionKey, ReportContent content, int revision, ReportStatus status,
                                 long sequence, String committee, Instant submittedAt, Instant updatedAt,
                                 Assessment assessment, List<TimelineEntry> timeline, long version) {
        return new Report(id, trackingNumber, submittedBy, submissionKey, content, revision, status, sequence,
                committee, submittedAt, updatedAt, assessment, timeline, version);
    }

    /**
     * Revises a report that was returned to its authors; it goes through routing again.
     *
     * @throws IllegalTransition unless the report is RETURNED
     * @throws SubmissionRefused when the reviser may not submit the revised content
     */
    public ReportSubmitted revise(ReportContent revised, Actor by, Instant now, Assessment revisedAssessment) {
        if (status != ReportStatus.RETURNED) {
            throw new IllegalTransition(id, status, "only a RETURNED report can be revised");
        }
        SubmissionPolicy.check(by, revised);
        ReportStatus previous = status;
        long next = sequence + 1;
        content = revised;
        revision++;
        submittedAt = now;
        assessment = Objects.requireNonNull(revisedAssessment);
        ReportSubmitted submitted = new ReportSubmitted(UUID.randomUUID(), id, trackingNumber, revision, revised, by,
                previous, next, now, revisedAssessment.quality());
        record(submitted.eventId(), ReportStatus.SUBMITTED, previous, next, now, by.role());
        return submitted;
    }

    /**
     * Withdraws the report.
     *
     * @throws IllegalTransition once a committee has decided
     */
    public ReportWithdrawn withdraw(Actor by, Instant now) {
        if (!status.isBeforeDecision()) {
            throw new IllegalTransition(id, status, "a report can be withdrawn only before a decision");
        }
        ReportStatus previous = status;
        long next = sequence + 1;
        ReportWithdrawn withdrawn = new ReportWithdrawn(UUID.randomUUID(), id, trackingNumber, content.township(),
                committee, content.category(), previous, by, next, now);
        record(withdrawn.eventId(), ReportStatus.WITHDRAWN, previous, next, now, by.role());
        return withdrawn;
    }

    /**
     * Takes note of a status change announced by another service. Each announcement is recorded once
     * on the timeline; only one newer than what the report knows changes its status.
     *
     * @return whether anything changed
     */
    public boolean observe(StatusObservation change) {
        if (hasSeen(change.eventId())) {
            return false;
        }
        if (change.committee() != null && change.sequence() >= sequence) {
            committee = change.committee();
        }
        record(change.eventId(), change.status(), change.previousStatus(), change.sequence(), change.at(),
                change.actorRole());
        return true;
    }

    public boolean hasSeen(UUID eventId) {
        return timeline.stream().anyMatch(entry -> entry.eventId().equals(eventId));
    }

    private void record(UUID eventId, ReportStatus newStatus, ReportStatus previous, long newSequence, Instant at,
                        Role actorRole) {
        timeline.add(new TimelineEntry(eventId, newStatus, previous, newSequence, at, actorRole));
        timeline.sort(Comparator.comparingLong(TimelineEntry::sequence).thenComparing(TimelineEntry::at));
        if (newSequence > sequence) {
            sequence = newSequence;
            status = newStatus;
            updatedAt = at;
        }
    }

    public ReportId id() {
        return id;
    }

    public TrackingNumber trackingNumber() {
        return trackingNumber;
    }

    public Actor submittedBy() {
        return submittedBy;
    }

    public SubmissionKey submissionKey() {
        return submissionKey;
    }

    public ReportContent content() {
        return content;
    }

    public int revision() {
        return revision;
    }

    public ReportStatus status() {
        return status;
    }

    public long sequence() {
        return sequence;
    }

    public String committee() {
        return committee;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** What the quality checks found in the latest submission. */
    public Assessment assessment() {
        return assessment;
    }

    public List<TimelineEntry> timeline() {
        return List.copyOf(timeline);
    }

    /** The stored version this report was read at; 0 for a new report. */
    public long version() {
        return version;
    }

    /** A new report and the event that announces it. */
    public record Submission(Report report, ReportSubmitted submitted) {
    }
}
