package org.minyi.intake.report.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A report as intake keeps it: what was submitted, by whom, and the life it has had since, as the
 * submitter sees it. It decides submissions, revisions and withdrawals, follows the status that other
 * services announce, and learns what came of it (the committee's decision, the leaders' instructions, the
 * units' results). Every announcement is taken once, by its event id, whatever the order it arrives in.
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
    private Outcomes outcomes;
    private final Set<UUID> learned;
    private final long version;

    private Report(ReportId id, TrackingNumber trackingNumber, Actor submittedBy, SubmissionKey submissionKey,
                   ReportContent content, int revision, ReportStatus status, long sequence, String committee,
                   Instant submittedAt, Instant updatedAt, Assessment assessment, List<TimelineEntry> timeline,
                   Outcomes outcomes, Collection<UUID> learned, long version) {
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
        this.outcomes = Objects.requireNonNull(outcomes);
        this.learned = new LinkedHashSet<>(learned);
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
                assessment, List.of(), Outcomes.NONE, List.of(), 0);
        ReportSubmitted submitted = new ReportSubmitted(UUID.randomUUID(), id, trackingNumber, 1, content, by, null,
                1, now, assessment.quality());
        report.record(new TimelineEntry(submitted.eventId(), ReportStatus.SUBMITTED, null, 1, now, by.role(),
                by.principal(), null));
        return new Submission(report, submitted);
    }

    /** Rebuilds a report from storage; decides nothing. */
    public static Report restore(ReportId id, TrackingNumber trackingNumber, Actor submittedBy,
                                 SubmissionKey submissionKey, ReportContent content, int revision, ReportStatus status,
                                 long sequence, String committee, Instant submittedAt, Instant updatedAt,
                                 Assessment assessment, List<TimelineEntry> timeline, Outcomes outcomes,
                                 Collection<UUID> learned, long version) {
        return new Report(id, trackingNumber, submittedBy, submissionKey, content, revision, status, sequence,
                committee, submittedAt, updatedAt, assessment, timeline, outcomes, learned, version);
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
        record(new TimelineEntry(submitted.eventId(), ReportStatus.SUBMITTED, previous, next, now, by.role(),
                by.principal(), null));
        return submitted;
    }

    /**
     * Withdraws the report, saying why or not.
     *
     * @param reason the author's reason, {@code null} when none was given
     * @throws IllegalTransition once a committee has decided
     */
    public ReportWithdrawn withdraw(Actor by, String reason, Instant now) {
        if (!status.isBeforeDecision()) {
            throw new IllegalTransition(id, status, "a report can be withdrawn only before a decision");
        }
        ReportStatus previous = status;
        long next = sequence + 1;
        ReportWithdrawn withdrawn = new ReportWithdrawn(UUID.randomUUID(), id, trackingNumber, content.township(),
                committee, content.category(), previous, by, reason, next, now);
        record(new TimelineEntry(withdrawn.eventId(), ReportStatus.WITHDRAWN, previous, next, now, by.role(),
                by.principal(), reason));
        return withdrawn;
    }

    /**
     * Takes note of a status change announced by another service. Each announcement is recorded once
     * on the timeline; only one newer than what the report knows changes its status. A decision's status
     * (ADOPTED, NOT_ADOPTED, RETURNED, MERGED) also tells of the decision, which the committee's own event
     * completes.
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
        ReviewDecision.announcedBy(change).ifPresent(decision -> outcomes = outcomes.withDecision(decision));
        record(new TimelineEntry(change.eventId(), change.status(), change.previousStatus(), change.sequence(),
                change.at(), change.actorRole(), change.actor(), null));
        return true;
    }

    public boolean hasSeen(UUID eventId) {
        return timeline.stream().anyMatch(entry -> entry.eventId().equals(eventId));
    }

    /**
     * Learns of a committee's decision or return (its grade, reason, comment) from the committee's event.
     *
     * @return whether anything changed: false for an event already learned
     */
    public boolean learnDecision(UUID eventId, ReviewDecision decision) {
        return learn(eventId, known -> known.withDecision(decision));
    }

    /**
     * Learns that a leader instructed, or that the office released an instruction's text to the authors.
     *
     * @return whether anything changed: false for an event already learned
     */
    public boolean learnInstruction(UUID eventId, Instruction instruction) {
        return learn(eventId, known -> known.withInstruction(instruction));
    }

    /**
     * Learns that the office transferred the report straight to the units (转送).
     *
     * @return whether anything changed: false for an event already learned
     */
    public boolean learnTransfer(UUID eventId, Outcomes.Transfer transfer) {
        return learn(eventId, known -> known.withTransfer(transfer));
    }

    /**
     * Learns the units' results once every unit fed back; a later round (after a reopen) replaces an earlier.
     *
     * @return whether anything changed: false for an event already learned
     */
    public boolean learnHandling(UUID eventId, Outcomes.Handling handling) {
        return learn(eventId, known -> known.withHandling(handling));
    }

    private boolean learn(UUID eventId, UnaryOperator<Outcomes> change) {
        if (!learned.add(eventId)) {
            return false;
        }
        outcomes = change.apply(outcomes);
        return true;
    }

    private void record(TimelineEntry step) {
        timeline.add(step);
        timeline.sort(Comparator.comparingLong(TimelineEntry::sequence).thenComparing(TimelineEntry::at));
        if (step.sequence() > sequence) {
            sequence = step.sequence();
            status = step.status();
            updatedAt = step.at();
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

    /** What came of the report: decisions, instructions, transfer, the units' results. */
    public Outcomes outcomes() {
        return outcomes;
    }

    /** The ids of the events (other than status changes, which the timeline keeps) already learned from. */
    public List<UUID> learned() {
        return List.copyOf(learned);
    }

    /** The stored version this report was read at; 0 for a new report. */
    public long version() {
        return version;
    }

    /** A new report and the event that announces it. */
    public record Submission(Report report, ReportSubmitted submitted) {
    }
}
