package org.minyi.routing.report.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.minyi.routing.rules.domain.Assignment;
import org.minyi.routing.rules.domain.Category;
import org.minyi.routing.rules.domain.RoutingPolicy;

/**
 * A report's routing case: the committee it was sent to, by which rule, and every decision so far.
 * It routes each submission of the report once — a repeated submission event, or one older than
 * the case already knows, changes nothing — and returns the event that announces the decision.
 */
public final class RoutingCase {

    /** How many applied submission ids a case remembers; older repeats are caught by their sequence. */
    static final int REMEMBERED_EVENTS = 100;

    private final ReportId id;
    private final String trackingNumber;
    private int revision;
    private String township;
    private Category category;
    private String domain;
    private String committee;
    private String rule;
    private long sequence;
    private Instant updatedAt;
    private final List<Decision> decisions;
    private final List<UUID> appliedEventIds;
    private final long version;

    private RoutingCase(ReportId id, String trackingNumber, int revision, String township, Category category,
                        String domain, String committee, String rule, long sequence, Instant updatedAt,
                        List<Decision> decisions, List<UUID> appliedEventIds, long version) {
        this.id = Objects.requireNonNull(id);
        this.trackingNumber = Objects.requireNonNull(trackingNumber);
        this.revision = revision;
        this.township = township;
        this.category = category;
        this.domain = domain;
        this.committee = committee;
        this.rule = rule;
        this.sequence = sequence;
        this.updatedAt = updatedAt;
        this.decisions = new ArrayList<>(decisions);
        this.appliedEventIds = new ArrayList<>(appliedEventIds);
        this.version = version;
    }

    /** Opens the case of a report that routing has not seen before, routing its submission. */
    public static Opened open(Submission submission, RoutingPolicy policy, Instant now) {
        RoutingCase routingCase = new RoutingCase(submission.reportId(), submission.trackingNumber(),
                submission.revision(), submission.content().township(), submission.content().category(),
                submission.content().domain(), null, null, 0, now, List.of(), List.of(), 0);
        ReportRouted routed = routingCase.route(submission, policy, now)
                .orElseThrow(() -> new IllegalStateException("a new case routes its first submission"));
        return new Opened(routingCase, routed);
    }

    /** Rebuilds a case from storage; decides nothing. */
    public static RoutingCase restore(ReportId id, String trackingNumber, int revision, String township,
                                      Category category, String domain, String committee, String rule, long sequence,
                                      Instant updatedAt, List<Decision> decisions, List<UUID> appliedEventIds,
                                      long version) {
        return new RoutingCase(id, trackingNumber, revision, township, category, domain, committee, rule, sequence,
                updatedAt, decisions, appliedEventIds, version);
    }

    /**
     * Routes a submission of this report: the policy picks the committee, and the report moves on
     * to ROUTED with the submission's sequence + 1.
     *
     * @return the decision's event; empty for a submission already routed or older than the case
     */
    public Optional<ReportRouted> route(Submission submission, RoutingPolicy policy, Instant now) {
        if (!submission.reportId().equals(id)) {
            throw new IllegalArgumentException("submission of report " + submission.reportId() + " for case " + id);
        }
        if (hasApplied(submission.eventId()) || submission.sequence() <= sequence) {
            return Optional.empty();
        }
        ReportContent content = submission.content();
        Assignment assignment = policy.assign(content.category(), content.domain());
        Decision decision = new Decision(decisionId(submission.eventId()), submission.eventId(),
                submission.revision(), submission.sequence() + 1, assignment.committee(), assignment.rule(), now);
        revision = submission.revision();
        township = content.township();
        category = content.category();
        domain = content.domain();
        committee = decision.committee();
        rule = decision.rule();
        sequence = decision.sequence();
        updatedAt = now;
        decisions.add(decision);
        remember(submission.eventId());
        return Optional.of(new ReportRouted(decision, submission));
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

    public int revision() {
        return revision;
    }

    public String township() {
        return township;
    }

    public Category category() {
        return category;
    }

    public String domain() {
        return domain;
    }

    public String committee() {
        return committee;
    }

    public String rule() {
        return rule;
    }

    /** The highest sequence of the report that routing knows. */
    public long sequence() {
        return sequence;
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
