package org.minyi.review.queue.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One report in a committee's review queue: the revision routing handed over, and what the committee
 * has done with it. It decides claims, decisions and sending to the leaders, returning the event that
 * announces each step; it follows routing and the statuses other services announce.
 *
 * <p>Every step it takes carries the highest sequence it knows for the report plus one. Routing events
 * are ordered among themselves by revision and {@code routedSequence}, not by the report's sequence,
 * because {@code report-status} may tell of a routing before {@code routing.routing-events} delivers it.
 */
public final class ReviewItem {

    /** How many consumed event ids an item remembers, to apply a redelivered event once. */
    public static final int REMEMBERED_EVENTS = 100;

    private final ReportId id;
    private final String trackingNumber;
    private int revision;
    private String committee;
    private ReportContent content;
    private Instant submittedAt;
    private Instant routedAt;
    private ReportStatus status;
    private long sequence;
    private long routedSequence;
    private String claimedBy;
    private Instant claimedAt;
    private RecordedDecision decision;
    private Instant sentToLeadersAt;
    private Instant updatedAt;
    private final List<UUID> appliedEvents;
    private final long version;

    private ReviewItem(ReportId id, String trackingNumber, int revision, String committee, ReportContent content,
                       Instant submittedAt, Instant routedAt, ReportStatus status, long sequence, long routedSequence,
                       String claimedBy, Instant claimedAt, RecordedDecision decision, Instant sentToLeadersAt,
                       Instant updatedAt, List<UUID> appliedEvents, long version) {
        this.id = Objects.requireNonNull(id);
        this.trackingNumber = Objects.requireNonNull(trackingNumber);
        this.revision = revision;
        this.committee = Objects.requireNonNull(committee);
        this.content = Objects.requireNonNull(content);
        this.submittedAt = submittedAt;
        this.routedAt = routedAt;
        this.status = Objects.requireNonNull(status);
        this.sequence = sequence;
        this.routedSequence = routedSequence;
        this.claimedBy = claimedBy;
        this.claimedAt = claimedAt;
        this.decision = decision;
        this.sentToLeadersAt = sentToLeadersAt;
        this.updatedAt = updatedAt;
        this.appliedEvents = new ArrayList<>(appliedEvents);
        this.version = version;
    }

    /** A routed report enters its committee's queue. */
    public static ReviewItem route(RoutedReport routed) {
        return new ReviewItem(routed.reportId(), routed.trackingNumber(), routed.revision(), routed.committee(),
                routed.content(), routed.submittedAt(), routed.routedAt(), ReportStatus.ROUTED, routed.sequence(),
                routed.sequence(), null, null, null, null, routed.routedAt(), List.of(routed.eventId()), 0);
    }

    /** Rebuilds an item from storage; decides nothing. */
    public static ReviewItem restore(ReportId id, String trackingNumber, int revision, String committee,
                                     ReportContent content, Instant submittedAt, Instant routedAt, ReportStatus status,
                                     long sequence, long routedSequence, String claimedBy, Instant claimedAt,
                                     RecordedDecision decision, Instant sentToLeadersAt, Instant updatedAt,
                                     List<UUID> appliedEvents, long version) {
        return new ReviewItem(id, trackingNumber, revision, committee, content, submittedAt, routedAt, status, sequence,
                routedSequence, claimedBy, claimedAt, decision, sentToLeadersAt, updatedAt, appliedEvents, version);
    }

    /**
     * Takes a later routing of the same report: a newer revision (after a return) starts the review
     * afresh; the same revision routed again while still undecided moves to the named committee's queue.
     * A repeat, an older routing, or any routing of a withdrawn report changes nothing.
     *
     * @return whether the item changed
     */
    public boolean reroute(RoutedReport routed) {
        if (hasApplied(routed.eventId()) || status == ReportStatus.WITHDRAWN) {
            return false;
        }
        boolean newerRevision = routed.revision() > revision;
        boolean movedWhileUndecided = routed.revision() == revision && routed.sequence() > routedSequence
                && status.isInQueue();
        if (!newerRevision && !movedWhileUndecided) {
            return false;
        }
        remember(routed.eventId());
        revision = routed.revision();
        committee = routed.committee();
        content = routed.content();
        submittedAt = routed.submittedAt();
        routedAt = routed.routedAt();
        status = ReportStatus.ROUTED;
        sequence = Math.max(sequence, routed.sequence());
        routedSequence = routed.sequence();
        claimedBy = null;
        claimedAt = null;
        decision = null;
        sentToLeadersAt = null;
        updatedAt = routed.routedAt();
        return true;
    }

    /**
     * Takes note of a status change announced on {@code report-status}: a newer sequence is kept so the
     * next step follows it, and a withdrawal before a decision takes the item out of the queue. A stale
     * or repeated announcement changes nothing.
     *
     * @return whether the item changed
     */
    public boolean observe(StatusObservation change) {
        if (hasApplied(change.eventId())) {
            return false;
        }
        boolean withdraws = change.status() == ReportStatus.WITHDRAWN && status.isWithdrawable()
                && change.sequence() >= sequence;
        if (!withdraws && change.sequence() <= sequence) {
            return false;
        }
        remember(change.eventId());
        sequence = Math.max(sequence, change.sequence());
        if (withdraws) {
            status = ReportStatus.WITHDRAWN;
            updatedAt = change.at();
        }
        return true;
    }

    /**
     * A reviewer of the committee takes the report into review.
     *
     * @throws ReviewRefused unless the actor reviews for this committee
     * @throws IllegalTransition unless the report is ROUTED
     */
    public ReportClaimed claim(Actor by, Instant now) {
        ReviewPolicy.checkMayReview(by, this);
        if (status != ReportStatus.ROUTED) {
            throw new IllegalTransition(id, status, "only a ROUTED report can be claimed");
        }
        ReportClaimed claimed = new ReportClaimed(UUID.randomUUID(), id, status, by, sequence + 1, now);
        claimedBy = by.principal();
        claimedAt = now;
        apply(claimed);
        return claimed;
    }

    /**
     * The committee decides: adopt with a grade, decline with a reason, or return with a comment.
     *
     * @throws ReviewRefused unless the actor reviews for this committee
     * @throws IllegalTransition unless the report is UNDER_REVIEW
     */
    public ReviewEvent decide(Decision chosen, Actor by, Instant now) {
        Objects.requireNonNull(chosen, "decision");
        ReviewPolicy.checkMayReview(by, this);
        if (status != ReportStatus.UNDER_REVIEW) {
            throw new IllegalTransition(id, status, "only a report under review can be decided");
        }
        UUID eventId = UUID.randomUUID();
        long next = sequence + 1;
        ReviewEvent event;
        if (chosen instanceof Decision.Adopt adopt) {
            event = new ReportAdopted(eventId, id, status, adopt.grade(), adopt.comment(), by, next, now);
        } else if (chosen instanceof Decision.Decline decline) {
            event = new ReportDeclined(eventId, id, status, decline.reason(), decline.comment(), by, next, now);
        } else {
            event = new ReportReturned(eventId, id, status, chosen.comment(), by, next, now);
        }
        decision = new RecordedDecision(chosen, by.principal(), now);
        apply(event);
        return event;
    }

    /**
     * The office sends the adopted report to the leaders.
     *
     * @throws ReviewRefused unless the actor is the office
     * @throws IllegalTransition unless the report is ADOPTED or PUBLISHED
     */
    public ReportSentToLeaders sendToLeaders(Actor by, Instant now) {
        ReviewPolicy.checkMaySendToLeaders(by);
        if (!status.isSendable()) {
            throw new IllegalTransition(id, status, "only an adopted or published report can be sent to the leaders");
        }
        ReportSentToLeaders sent = new ReportSentToLeaders(UUID.randomUUID(), id, status,
                decision == null ? null : decision.grade(), by, sequence + 1, now);
        sentToLeadersAt = now;
        apply(sent);
        return sent;
    }

    public boolean hasApplied(UUID eventId) {
        return appliedEvents.contains(eventId);
    }

    private void apply(ReviewEvent event) {
        status = event.status();
        sequence = event.sequence();
        updatedAt = event.occurredAt();
    }

    private void remember(UUID eventId) {
        appliedEvents.add(eventId);
        while (appliedEvents.size() > REMEMBERED_EVENTS) {
            appliedEvents.remove(0);
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

    public String committee() {
        return committee;
    }

    public ReportContent content() {
        return content;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant routedAt() {
        return routedAt;
    }

    public ReportStatus status() {
        return status;
    }

    public long sequence() {
        return sequence;
    }

    /** The sequence of the routing this item holds. */
    public long routedSequence() {
        return routedSequence;
    }

    /** Who claimed it for review; {@code null} before a claim. */
    public String claimedBy() {
        return claimedBy;
    }

    public Instant claimedAt() {
        return claimedAt;
    }

    /** The committee's decision; {@code null} before one. */
    public RecordedDecision decision() {
        return decision;
    }

    public Instant sentToLeadersAt() {
        return sentToLeadersAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public List<UUID> appliedEvents() {
        return List.copyOf(appliedEvents);
    }

    /** The stored version this item was read at; 0 for a new item. */
    public long version() {
        return version;
    }
}
