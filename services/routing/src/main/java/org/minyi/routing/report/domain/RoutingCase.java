package org.minyi.routing.report.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.minyi.routing.reference.domain.FieldProblem;
import org.minyi.routing.reference.domain.InvalidInput;
import org.minyi.routing.rules.domain.Assignment;
import org.minyi.routing.rules.domain.Category;

/**
 * A report's routing case: the committee it is with, by which rule (or by the office), its latest
 * submission, and every decision so far. It routes each submission of the report once — a repeated
 * submission event, or one older than the latest it routed, changes nothing — and follows the report's
 * status and sequence from {@code report-status}, so that the office can re-route it while no
 * committee has decided, and so that a topic's coverage counts its adoptions.
 */
public final class RoutingCase {

    /** How many applied submission ids a case remembers; older repeats are caught by their sequence. */
    static final int REMEMBERED_EVENTS = 100;

    private final ReportId id;
    private final String trackingNumber;
    private Submission submission;
    private String committee;
    private String rule;
    private int ruleVersion;
    private ReportStatus status;
    private long sequence;
    private boolean adopted;
    private Instant updatedAt;
    private final List<Decision> decisions;
    private final List<UUID> appliedEventIds;
    private final long version;

    private RoutingCase(ReportId id, String trackingNumber, Submission submission, String committee, String rule,
                        int ruleVersion, ReportStatus status, long sequence, boolean adopted, Instant updatedAt,
                        List<Decision> decisions, List<UUID> appliedEventIds, long version) {
        this.id = Objects.requireNonNull(id);
        this.trackingNumber = Objects.requireNonNull(trackingNumber);
        this.submission = submission;
        this.committee = committee;
        this.rule = rule;
        this.ruleVersion = ruleVersion;
        this.status = status;
        this.sequence = sequence;
        this.adopted = adopted;
        this.updatedAt = updatedAt;
        this.decisions = new ArrayList<>(decisions);
        this.appliedEventIds = new ArrayList<>(appliedEventIds);
        this.version = version;
    }

    /** Opens the case of a report that routing has not seen before, routing its submission. */
    public static Opened open(Submission submission, Router router, Instant now) {
        RoutingCase routingCase = new RoutingCase(submission.reportId(), submission.trackingNumber(), null, null, null,
                0, ReportStatus.SUBMITTED, 0, false, now, List.of(), List.of(), 0);
        ReportRouted routed = routingCase.route(submission, router, now)
                .orElseThrow(() -> new IllegalStateException("a new case routes its first submission"));
        return new Opened(routingCase, routed);
    }

    /** Rebuilds a case from storage; decides nothing. */
    public static RoutingCase restore(ReportId id, String trackingNumber, Submission submission, String committee,
                                      String rule, int ruleVersion, ReportStatus status, long sequence,
                                      boolean adopted, Instant updatedAt, List<Decision> decisions,
                                      List<UUID> appliedEventIds, long version) {
        return new RoutingCase(id, trackingNumber, submission, committee, rule, ruleVersion, status, sequence, adopted,
                updatedAt, decisions, appliedEventIds, version);
    }

    /**
     * Routes a submission of this report: the router picks the committee, and the report moves on to
     * ROUTED with the next sequence.
     *
     * @return the decision's event; empty for a submission already routed, older than the latest one
     *         routed, or of a report withdrawn since
     */
    public Optional<ReportRouted> route(Submission next, Router router, Instant now) {
        if (!next.reportId().equals(id)) {
            throw new IllegalArgumentException("submission of report " + next.reportId() + " for case " + id);
        }
        if (hasApplied(next.eventId()) || (submission != null && next.sequence() <= submission.sequence())) {
            return Optional.empty();
        }
        remember(next.eventId());
        if (status == ReportStatus.WITHDRAWN && sequence > next.sequence()) {
            return Optional.empty();
        }
        Assignment assignment = router.assign(next);
        long decided = Math.max(sequence, next.sequence()) + 1;
        Decision decision = new Decision(decisionId(next.eventId()), next.eventId(), next.revision(), decided,
                assignment.committee(), assignment.rule(), assignment.ruleVersion(), Decision.Kind.RULES, committee,
                null, Decision.SYSTEM, now);
        submission = next;
        apply(decision, now);
        return Optional.of(new ReportRouted(decision, next, ReportStatus.SUBMITTED));
    }

    /**
     * The office sends the report to another committee, or out of its triage queue, with a reason.
     *
     * @throws IllegalTransition unless the report is with a committee and undecided (ROUTED, UNDER_REVIEW)
     * @throws InvalidInput      when it is already there
     */
    public ReportRerouted reroute(String to, String reason, String by, Instant now) {
        if (!status.mayBeRerouted()) {
            throw new IllegalTransition(id, status, "only a report with a committee and not decided can be re-routed");
        }
        if (to.equals(committee)) {
            throw new InvalidInput(List.of(new FieldProblem("committee", "unchanged", "该信息已在此专委会：" + to,
                    "the report is with " + to + " already")));
        }
        ReportStatus left = status;
        long flagged = sequence;
        UUID decisionId = UUID.randomUUID();
        Decision decision = new Decision(decisionId, submission.eventId(), submission.revision(), sequence + 1, to,
                Decision.REROUTE, 0, Decision.Kind.REROUTE, committee, reason, by, now);
        apply(decision, now);
        return new ReportRerouted(flagId(decisionId), flagged, new ReportRouted(decision, submission, left));
    }

    /**
     * Takes note of a status another service announced; only one newer than what the case knows counts.
     *
     * @return whether the case changed
     */
    public boolean observe(StatusObservation change) {
        if (change.sequence() <= sequence) {
            return false;
        }
        status = change.status();
        sequence = change.sequence();
        adopted = adopted || change.status().meansAdopted();
        updatedAt = change.at();
        return true;
    }

    private void apply(Decision decision, Instant now) {
        committee = decision.committee();
        rule = decision.rule();
        ruleVersion = decision.ruleVersion();
        status = ReportStatus.ROUTED;
        sequence = decision.sequence();
        updatedAt = now;
        decisions.add(decision);
    }

    public boolean hasApplied(UUID eventId) {
        return appliedEventIds.contains(eventId);
    }

    /**
     * The decision's id follows from the submission it routes, so that routing the same submission
     * again, even from scratch, announces the same event ids and downstream consumers drop the repeat.
     */
    static UUID decisionId(UUID submissionEventId) {
        return UUID.nameUUIDFromBytes(("minyi.routing.decision/" + submissionEventId).getBytes(StandardCharsets.UTF_8));
    }

    static UUID flagId(UUID decisionId) {
        return UUID.nameUUIDFromBytes(("minyi.routing.rerouted/" + decisionId).getBytes(StandardCharsets.UTF_8));
    }

    private void remember(UUID eventId) {
        appliedEventIds.add(eventId);
        while (appliedEventIds.size() > REMEMBERED_EVENTS) {
            appliedEventIds.remove(0);
        }
    }

    public ReportId id() {
        return id;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    /** The latest submission routed. */
    public Submission submission() {
        return submission;
    }

    public int revision() {
        return submission.revision();
    }

    public String township() {
        return submission.content().township();
    }

    public Category category() {
        return submission.content().category();
    }

    public String domain() {
        return submission.content().domain();
    }

    public String topicId() {
        return submission.content().topicId();
    }

    public String committee() {
        return committee;
    }

    public String rule() {
        return rule;
    }

    public int ruleVersion() {
        return ruleVersion;
    }

    public ReportStatus status() {
        return status;
    }

    /** The highest sequence of the report that routing knows. */
    public long sequence() {
        return sequence;
    }

    /** Whether a committee adopted the report (learnt from report-status). */
    public boolean adopted() {
        return adopted;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** Every decision, oldest first. */
    public List<Decision> decisions() {
        return List.copyOf(decisions);
    }

    public List<UUID> appliedEventIds() {
        return List.copyOf(appliedEventIds);
    }

    /** The stored version this case was read at; 0 for a new case. */
    public long version() {
        return version;
    }

    /** A new case and the decision that opened it. */
    public record Opened(RoutingCase routingCase, ReportRouted routed) {
    }
}
