package org.minyi.review.queue.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * One report in a committee's review queue: the revision routing handed over, and what the committee
 * and the office have done with it. It decides claims, decisions, merges, publication, sending to the
 * leaders, transfers to the departments, submissions to higher CPPCCs and their adoptions, returning the events
 * that announce each step; it follows routing and the statuses other services announce, and times each stay in a
 * queue against the committee's review time limit ({@link ReviewStint}).
 *
 * <p>Every status change it takes carries the highest sequence it knows for the report plus one; an
 * upstream submission or adoption or a review time limit passed, which change no status, carry the current one.
 * Routing events are ordered among themselves by revision and {@code routedSequence}, not by the report's sequence,
 * because {@code report-status} may tell of a routing before {@code routing.routing-events} delivers it.
 *
 * <p>A composite (综合) is an item too: made by {@link #compose} in the internal status MERGING, it is
 * announced ADOPTED by {@link #completeMerge} once its constituents are MERGED.
 */
public final class ReviewItem {

    /** How many consumed event ids an item remembers, to apply a redelivered event once. */
    public static final int REMEMBERED_EVENTS = 100;

    private final ReportId id;
    private final String trackingNumber;
    private int revision;
    private String committee;
    private String previousCommittee;
    private ReportContent content;
    private Quality quality;
    private Instant submittedAt;
    private Instant routedAt;
    private ReportStatus status;
    private long sequence;
    private long routedSequence;
    private Claim claim;
    private RecordedDecision decision;
    private Instant sentToLeadersAt;
    private List<String> sentTo;
    private Transfer transfer;
    private ReviewStint stint;
    private ReportId mergedInto;
    private Merge merge;
    private final List<PublicationRef> publications;
    private final List<UpstreamAdoption> upstreamAdoptions;
    private final List<UpstreamSubmission> upstreamSubmissions;
    private Instant updatedAt;
    private final List<UUID> appliedEvents;
    private final long version;

    private ReviewItem(Stored s) {
        this.id = Objects.requireNonNull(s.id());
        this.trackingNumber = Objects.requireNonNull(s.trackingNumber());
        this.revision = s.revision();
        this.committee = Objects.requireNonNull(s.committee());
        this.previousCommittee = s.previousCommittee();
        this.content = Objects.requireNonNull(s.content());
        this.quality = s.quality() == null ? Quality.NONE : s.quality();
        this.submittedAt = s.submittedAt();
        this.routedAt = s.routedAt();
        this.status = Objects.requireNonNull(s.status());
        this.sequence = s.sequence();
        this.routedSequence = s.routedSequence();
        this.claim = s.claim();
        this.decision = s.decision();
        this.sentToLeadersAt = s.sentToLeadersAt();
        this.sentTo = List.copyOf(s.sentTo() == null ? List.of() : s.sentTo());
        this.transfer = s.transfer();
        this.stint = s.stint();
        this.mergedInto = s.mergedInto();
        this.merge = s.merge();
        this.publications = new ArrayList<>(s.publications() == null ? List.of() : s.publications());
        this.upstreamAdoptions = new ArrayList<>(s.upstreamAdoptions() == null ? List.of() : s.upstreamAdoptions());
        this.upstreamSubmissions = new ArrayList<>(s.upstreamSubmissions() == null ? List.of()
                : s.upstreamSubmissions());
        this.updatedAt = s.updatedAt();
        this.appliedEvents = new ArrayList<>(s.appliedEvents() == null ? List.of() : s.appliedEvents());
        this.version = s.version();
    }

    /** A routed report enters its committee's queue, timed against the committee's review time limit. */
    public static ReviewItem route(RoutedReport routed, ReviewTimeLimits limits) {
        return new ReviewItem(new Stored(routed.reportId(), routed.trackingNumber(), routed.revision(),
                routed.committee(), routed.previousCommittee(), routed.content(), routed.quality(),
                routed.submittedAt(), routed.routedAt(), ReportStatus.ROUTED, routed.sequence(), routed.sequence(),
                null, null, null, List.of(), null, limits.stintIn(routed.committee(), routed.routedAt()), null, null,
                List.of(), List.of(), List.of(), routed.routedAt(), List.of(routed.eventId()), 0));
    }

    /**
     * A composite, planned: it holds the merge plan and stays MERGING, unannounced, until its constituents
     * are merged and {@link #completeMerge} announces it.
     */
    public static ReviewItem compose(ReportId id, String trackingNumber, String committee, ReportContent content,
                                     Merge plan, Instant now) {
        Objects.requireNonNull(plan, "plan");
        return new ReviewItem(new Stored(id, trackingNumber, 1, committee, null, content, Quality.NONE, now, now,
                ReportStatus.MERGING, 0, 0, null, null, null, List.of(), null, null, null, plan, List.of(), List.of(),
                List.of(), now, List.of(), 0));
    }

    /** Rebuilds an item from storage; decides nothing. */
    public static ReviewItem restore(Stored stored) {
        return new ReviewItem(stored);
    }

    /**
     * Takes a later routing of the same report: a newer revision (after a return) starts the review
     * afresh; the same revision routed again while still undecided moves to the named committee's queue
     * and drops any claim. Either starts a new stint against the review time limit, unless the report stays
     * in the same committee's queue. A repeat, an older routing, or any routing of a withdrawn, merged or
     * composite report changes nothing.
     *
     * @return whether the item changed
     */
    public boolean reroute(RoutedReport routed, ReviewTimeLimits limits) {
        if (hasApplied(routed.eventId()) || status == ReportStatus.WITHDRAWN || status == ReportStatus.MERGED
                || merge != null) {
            return false;
        }
        boolean newerRevision = routed.revision() > revision;
        boolean movedWhileUndecided = routed.revision() == revision && routed.sequence() > routedSequence
                && status.isInQueue();
        if (!newerRevision && !movedWhileUndecided) {
            return false;
        }
        remember(routed.eventId());
        if (newerRevision || stint == null || !routed.committee().equals(committee)) {
            stint = limits.stintIn(routed.committee(), routed.routedAt());
        }
        previousCommittee = routed.previousCommittee() != null ? routed.previousCommittee()
                : movedWhileUndecided && !routed.committee().equals(committee) ? committee : null;
        revision = routed.revision();
        committee = routed.committee();
        content = routed.content();
        quality = routed.quality();
        submittedAt = routed.submittedAt();
        routedAt = routed.routedAt();
        status = ReportStatus.ROUTED;
        sequence = Math.max(sequence, routed.sequence());
        routedSequence = routed.sequence();
        claim = null;
        decision = null;
        sentToLeadersAt = null;
        sentTo = List.of();
        updatedAt = routed.routedAt();
        return true;
    }

    /**
     * Flags the report REVIEW_OVERDUE when it waits undecided in the queue past its stint's due date, once per
     * stint. Nothing happens before then, after a decision, or once flagged.
     *
     * @return the flag, when it is raised now
     */
    public Optional<ReviewOverdue> flagIfReviewOverdue(Instant now) {
        if (!status.isInQueue() || stint == null || stint.isFlagged() || !stint.isOverdueAt(now)) {
            return Optional.empty();
        }
        stint = stint.flagged(now);
        updatedAt = now;
        return Optional.of(new ReviewOverdue(UUID.randomUUID(), id, committee, stint.due(), Actor.system(), sequence,
                now));
    }

    /**
     * Times an item that waits in a queue without a stint (stored before review time limits existed) from
     * when it was routed.
     *
     * @return whether the item changed
     */
    public boolean timeAgainst(ReviewTimeLimits limits) {
        if (stint != null || !status.isInQueue()) {
            return false;
        }
        stint = limits.stintIn(committee, routedAt != null ? routedAt : submittedAt != null ? submittedAt : updatedAt);
        return true;
    }

    /**
     * When the scheduler must look at the item again for the review time limit: while it waits in a queue
     * and its stint is not yet flagged; {@code null} otherwise.
     */
    public Instant reviewAttentionAt() {
        return status.isInQueue() && stint != null && !stint.isFlagged() ? stint.overdueAt() : null;
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
     * A reviewer of the committee claims the report for {@code policy}'s lease. A ROUTED report goes
     * UNDER_REVIEW; the claimant claiming again renews the lease; another reviewer takes over a claim whose
     * lease expired. Renewals and take-overs change no status and announce nothing.
     *
     * @return the status change, when there is one
     * @throws ReviewRefused unless the actor works this committee's queue
     * @throws ClaimedByAnother while another reviewer's lease is live
     * @throws IllegalTransition unless the report is ROUTED or UNDER_REVIEW
     */
    public Optional<ReportClaimed> claim(Actor by, Instant now, ClaimPolicy policy) {
        ReviewPolicy.checkMayReview(by, this);
        if (status == ReportStatus.ROUTED) {
            ReportClaimed claimed = new ReportClaimed(UUID.randomUUID(), id, status, by, sequence + 1, now);
            claim = new Claim(by.principal(), now, policy.expiresAt(now));
            apply(claimed);
            return Optional.of(claimed);
        }
        if (status != ReportStatus.UNDER_REVIEW) {
            throw new IllegalTransition(id, status, "only a ROUTED report can be claimed");
        }
        if (claim == null || claim.isHeldBy(by)) {
            claim = new Claim(by.principal(), claim == null ? now : claim.at(), policy.expiresAt(now));
        } else if (!claim.isLiveAt(now)) {
            claim = new Claim(by.principal(), now, policy.expiresAt(now));
        } else {
            throw new ClaimedByAnother(id, claim, "claimed by " + claim.by() + " until " + claim.expiresAt());
        }
        updatedAt = now;
        return Optional.empty();
    }

    /**
     * The committee decides: adopt with a grade, decline with a reason, or return with a comment. Adopting
     * and declining need the report UNDER_REVIEW and claimed by the actor (an expired claim of another
     * reviewer must be taken over first). Returning is allowed from ROUTED too, and the office may return
     * any report in a queue whoever holds it.
     *
     * @throws ReviewRefused unless the actor may take this decision here
     * @throws ClaimedByAnother when another reviewer holds the report
     * @throws IllegalTransition when the status does not allow the decision
     */
    public StatusChange decide(Decision chosen, Actor by, Instant now) {
        Objects.requireNonNull(chosen, "decision");
        if (chosen instanceof Decision.ReturnForRevision) {
            ReviewPolicy.checkMayReturn(by, this);
            if (!status.isInQueue()) {
                throw new IllegalTransition(id, status, "only a report in a queue can be returned");
            }
            if (status == ReportStatus.UNDER_REVIEW && !ReviewPolicy.returnOverridesClaims(by)) {
                checkHeldBy(by);
            }
        } else {
            ReviewPolicy.checkMayReview(by, this);
            if (status != ReportStatus.UNDER_REVIEW) {
                throw new IllegalTransition(id, status, "only a report under review can be decided");
            }
            checkHeldBy(by);
        }
        UUID eventId = UUID.randomUUID();
        long next = sequence + 1;
        StatusChange event;
        if (chosen instanceof Decision.Adopt adopt) {
            event = new ReportAdopted(eventId, id, status, adopt.grade(), adopt.kind(), adopt.comment(), by, next, now);
        } else if (chosen instanceof Decision.Decline decline) {
            event = new ReportDeclined(eventId, id, status, decline.reason(), decline.reasonLabel(),
                    decline.reasonLabelEn(), decline.comment(), by, next, now);
        } else {
            event = new ReportReturned(eventId, id, status, chosen.comment(), by, next, now);
        }
        decision = new RecordedDecision(chosen, by.principal(), now);
        apply(event);
        return event;
    }

    /**
     * The office sends the adopted report on its own to the leaders it chose ({@link LeaderChoice}).
     *
     * @throws ReviewRefused unless the actor is the office
     * @throws IllegalTransition unless the report is ADOPTED or PUBLISHED
     */
    public ReportSentToLeaders sendToLeaders(List<String> leaders, Actor by, Instant now) {
        ReviewPolicy.checkMaySendToLeaders(by);
        if (!status.isSendable()) {
            throw new IllegalTransition(id, status, "only an adopted or published report can be sent to the leaders");
        }
        return sent(null, leaders, by, now);
    }

    /**
     * The office transfers the adopted report straight to the departments concerned (转送), without the leaders:
     * FORWARDED. Whether the units are sound ({@link AssignmentPolicy}) is checked before.
     *
     * @throws ReviewRefused unless the actor is the office
     * @throws IllegalTransition unless the report is ADOPTED or PUBLISHED
     */
    public ReportTransferred transfer(String note, List<UnitAssignment> units, Actor by, Instant now) {
        ReviewPolicy.checkMayTransfer(by);
        if (!status.isTransferable()) {
            throw new IllegalTransition(id, status, "only an adopted or published report can be transferred");
        }
        transfer = new Transfer(UUID.randomUUID().toString(), note, units, by.principal(), now);
        ReportTransferred transferred = new ReportTransferred(UUID.randomUUID(), id, status, transfer, by,
                sequence + 1, now);
        apply(transferred);
        return transferred;
    }

    /**
     * Checks that the actor may merge this report into a composite now: it is in a queue, and no other
     * reviewer holds a live claim on it (the office merges regardless).
     *
     * @throws ReviewRefused unless the actor may merge this committee's reports
     * @throws ClaimedByAnother while another reviewer's claim is live
     * @throws IllegalTransition unless the report is ROUTED or UNDER_REVIEW
     */
    public void checkMergeable(Actor by, Instant now) {
        ReviewPolicy.checkMayMerge(by, this);
        if (!status.isInQueue()) {
            throw new IllegalTransition(id, status, "only a report in a queue can be merged");
        }
        if (claim != null && !claim.isHeldBy(by) && claim.isLiveAt(now) && !by.is(Role.OFFICE)) {
            throw new ClaimedByAnother(id, claim, "claimed by " + claim.by() + " until " + claim.expiresAt());
        }
    }

    /**
     * Becomes part of {@code composite}. The actor's right was checked when the merge was planned; here
     * only the status counts, so that a merge interrupted half-way completes as planned. Merging into the
     * same composite again changes nothing.
     *
     * @return the status change; empty when already merged into this composite
     * @throws IllegalTransition when the report left the queue meanwhile
     */
    public Optional<ReportMerged> mergeInto(ReportId composite, Actor by, Instant now) {
        if (composite.equals(mergedInto)) {
            return Optional.empty();
        }
        if (!status.isInQueue()) {
            throw new IllegalTransition(id, status, "only a report in a queue can be merged");
        }
        ReportMerged merged = new ReportMerged(UUID.randomUUID(), id, status, composite, by, sequence + 1, now);
        mergedInto = composite;
        apply(merged);
        return Optional.of(merged);
    }

    /**
     * Completes a composite: announced ADOPTED (综合采用) with the merger's grade, crediting every author of
     * every constituent merged. Constituents that could not be merged are left out.
     *
     * @throws IllegalTransition unless the composite is still MERGING
     */
    public ReportsMerged completeMerge(List<Merge.Skipped> skipped, Instant now) {
        if (status != ReportStatus.MERGING || merge == null) {
            throw new IllegalTransition(id, status, "only a composite being merged can be completed");
        }
        Merge done = merge.completed(skipped, now);
        if (done.merged().isEmpty()) {
            throw new IllegalStateException("composite " + id + " has no constituent left to merge");
        }
        merge = done;
        content = content.withAuthors(done.authors());
        Actor by = done.mergedBy();
        ReportsMerged event = new ReportsMerged(UUID.randomUUID(), id, done.grade(), done.merged(), done.authors(), by,
                sequence + 1, now);
        decision = new RecordedDecision(new Decision.Adopt(done.grade(), AdoptionKind.COMPOSITE, done.comment()),
                by.principal(), now);
        apply(event);
        return event;
    }

    /**
     * Checks that an issue of {@code kind} may carry the report: it is adopted and not sent on, and no
     * issue of that kind carried it yet.
     *
     * @throws IllegalTransition otherwise
     */
    public void checkPublishable(IssueKind kind, String publicationId) {
        if (!status.isPublishable()) {
            throw new IllegalTransition(id, status, "only an adopted report can be published");
        }
        for (PublicationRef carried : publications) {
            if (carried.kind() == kind && !carried.publicationId().equals(publicationId)) {
                throw new IllegalTransition(id, status, "already carried in " + carried.citation());
            }
        }
    }

    /**
     * An issue carried the report: PUBLISHED, and for a 《专报》 also SENT_TO_LEADERS — to {@code leaders} — at the
     * next sequence. The same issue applied again changes nothing.
     *
     * @param leaders for a 《专报》, the leaders it goes to; ignored for 《社情民意》
     * @return the status changes in order; empty when this issue was applied already
     * @throws ReviewRefused unless the actor is the office
     * @throws IllegalTransition when the report may not be published in this issue
     */
    public List<StatusChange> publish(PublicationRef issue, List<String> leaders, Actor by, Instant now) {
        ReviewPolicy.checkMayPublish(by);
        if (publications.stream().anyMatch(p -> p.publicationId().equals(issue.publicationId()))) {
            return List.of();
        }
        checkPublishable(issue.kind(), issue.publicationId());
        List<StatusChange> changes = new ArrayList<>();
        ReportPublished published = new ReportPublished(UUID.randomUUID(), id, status, issue, by, sequence + 1, now);
        publications.add(issue);
        apply(published);
        changes.add(published);
        if (issue.kind() == IssueKind.SPECIAL) {
            changes.add(sent(issue, leaders, by, now));
        }
        return changes;
    }

    /**
     * The office records that it sent the report up to a higher CPPCC (报送). Allowed any time after the committee
     * adopted it, to several levels and more than once — one line per level and day. The same line again (same
     * level, day and channel) is a repeat that changes and announces nothing.
     *
     * @return the submission recorded now; empty for a repeat
     * @throws ReviewRefused unless the actor is the office
     * @throws IllegalTransition before an adoption (a merged report included: its composite is what was adopted)
     * @throws SubmissionConflict when another channel was recorded for that level and day
     */
    public Optional<UpstreamSubmissionRecorded> submitUpstream(UpstreamAdoption.Level level, LocalDate submittedOn,
                                                               String channel, Actor by, Instant now) {
        ReviewPolicy.checkMayRecordUpstreamSubmission(by);
        if (!status.isAdoptedOrLater()) {
            throw new IllegalTransition(id, status, "only an adopted report can be sent up to a higher CPPCC");
        }
        Optional<UpstreamSubmission> sameDay = upstreamSubmissionOn(level, submittedOn);
        if (sameDay.isPresent()) {
            if (sameDay.get().channel().equals(channel)) {
                return Optional.empty();
            }
            throw new SubmissionConflict(id, status, sameDay.get().id(), "a submission to the " + level
                    + " CPPCC on " + submittedOn + " is recorded already, by " + sameDay.get().channel());
        }
        UpstreamSubmission submission = new UpstreamSubmission(UUID.randomUUID().toString(), level, submittedOn,
                channel, by.principal(), now);
        upstreamSubmissions.add(submission);
        updatedAt = now;
        return Optional.of(new UpstreamSubmissionRecorded(UUID.randomUUID(), id, submission, by, sequence, now));
    }

    /**
     * The office records that an upper-level CPPCC adopted the report, answering no submission in particular:
     * the latest unanswered one it may answer is linked, if there is one ({@link #recordUpstreamAdoption(
     * UpstreamAdoption, String, Actor, Instant)}).
     */
    public UpstreamAdoptionRecorded recordUpstreamAdoption(UpstreamAdoption adoption, Actor by, Instant now) {
        return recordUpstreamAdoption(adoption, null, by, now);
    }

    /**
     * The office records that an upper-level CPPCC adopted the report. Allowed any time after the committee
     * adopted it, more than once — but the same level, mode and date only once. It answers the submission
     * named; when none is named, the latest unanswered submission to the same level sent on or before the day
     * of the adoption (a later one cannot have been adopted by then); when there is none, it answers nothing —
     * an adoption of a report never recorded as sent stays allowed. A submission is answered once.
     *
     * @param submission the id of the submission it answers; {@code null} to let the item find it
     * @throws ReviewRefused unless the actor is the office
     * @throws IllegalTransition before an adoption, or for a repeat
     * @throws UnanswerableSubmission when the submission named is not the report's, went to another level or
     *                                was sent after the adoption's date
     * @throws SubmissionConflict when the submission named was answered already
     */
    public UpstreamAdoptionRecorded recordUpstreamAdoption(UpstreamAdoption adoption, String submission, Actor by,
                                                           Instant now) {
        ReviewPolicy.checkMayRecordUpstreamAdoption(by);
        if (!status.isAdoptedOrLater()) {
            throw new IllegalTransition(id, status, "only an adopted report can be adopted upstream");
        }
        if (upstreamAdoptions.stream().anyMatch(adoption::repeats)) {
            throw new IllegalTransition(id, status, "this upstream adoption is recorded already");
        }
        Optional<UpstreamSubmission> answered = submission == null ? latestUnansweredFor(adoption)
                : Optional.of(answerable(submission, adoption));
        UpstreamAdoption recorded = answered.map(s -> adoption.answering(s.id())).orElse(adoption.answering(null));
        upstreamAdoptions.add(recorded);
        updatedAt = now;
        return new UpstreamAdoptionRecorded(UUID.randomUUID(), id, recorded, by, sequence, now);
    }

    /** The adoption that answered the submission, if any. */
    public Optional<UpstreamAdoption> answerTo(UpstreamSubmission submission) {
        return upstreamAdoptions.stream().filter(a -> a.answers(submission)).findFirst();
    }

    public Optional<UpstreamSubmission> upstreamSubmission(String submissionId) {
        return upstreamSubmissions.stream().filter(s -> s.id().equals(submissionId)).findFirst();
    }

    /** The submission to that level on that day, if one was recorded. */
    public Optional<UpstreamSubmission> upstreamSubmissionOn(UpstreamAdoption.Level level, LocalDate day) {
        return upstreamSubmissions.stream().filter(s -> s.isOn(level, day)).findFirst();
    }

    private UpstreamSubmission answerable(String submissionId, UpstreamAdoption adoption) {
        UpstreamSubmission named = upstreamSubmission(submissionId).orElseThrow(() -> new UnanswerableSubmission(
                new BrokenRule("submission", "unknown", "该信息没有这条报送记录", "the report has no submission "
                        + submissionId)));
        if (named.level() != adoption.level()) {
            throw new UnanswerableSubmission(new BrokenRule("submission", "other_level",
                    "这条报送记录报送的是另一层级的政协", "submission " + submissionId + " went to the " + named.level()
                    + " CPPCC, not the " + adoption.level()));
        }
        if (named.submittedOn().isAfter(adoption.adoptedOn())) {
            throw new UnanswerableSubmission(new BrokenRule("adoptedOn", "before_submission",
                    "采用日期不能早于报送日期", "adoptedOn may not be before the submission's date " + named.submittedOn()));
        }
        if (answerTo(named).isPresent()) {
            throw new SubmissionConflict(id, status, named.id(), "submission " + named.id() + " was answered already");
        }
        return named;
    }

    private Optional<UpstreamSubmission> latestUnansweredFor(UpstreamAdoption adoption) {
        return upstreamSubmissions.stream()
                .filter(s -> s.mayBeAnsweredBy(adoption) && answerTo(s).isEmpty())
                .max(Comparator.comparing(UpstreamSubmission::submittedOn)
                        .thenComparing(UpstreamSubmission::submittedAt));
    }

    public boolean hasApplied(UUID eventId) {
        return appliedEvents.contains(eventId);
    }

    /** Whether the report was merged into {@code composite}. */
    public boolean isMergedInto(ReportId composite) {
        return composite.equals(mergedInto);
    }

    public boolean isComposite() {
        return merge != null;
    }

    private void checkHeldBy(Actor by) {
        if (claim != null && !claim.isHeldBy(by)) {
            throw new ClaimedByAnother(id, claim, "claimed by " + claim.by()
                    + "; an expired claim must be taken over (claimed) before deciding");
        }
    }

    private Grade grade() {
        return decision == null ? null : decision.grade();
    }

    private ReportSentToLeaders sent(PublicationRef issue, List<String> leaders, Actor by, Instant now) {
        if (leaders == null || leaders.isEmpty()) {
            throw new IllegalArgumentException("a report is sent to at least one leader");
        }
        ReportSentToLeaders sent = new ReportSentToLeaders(UUID.randomUUID(), id, status, grade(), issue, leaders, by,
                sequence + 1, now);
        sentToLeadersAt = now;
        sentTo = List.copyOf(leaders);
        apply(sent);
        return sent;
    }

    private void apply(StatusChange event) {
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

    /** The committee a re-routing moved the report from; {@code null} unless re-routed. */
    public String previousCommittee() {
        return previousCommittee;
    }

    public ReportContent content() {
        return content;
    }

    public Quality quality() {
        return quality;
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

    /** Who holds (or last held) the report for review; {@code null} before a claim. */
    public Claim claim() {
        return claim;
    }

    public String claimedBy() {
        return claim == null ? null : claim.by();
    }

    public Instant claimedAt() {
        return claim == null ? null : claim.at();
    }

    /** The committee's decision; {@code null} before one. */
    public RecordedDecision decision() {
        return decision;
    }

    public Instant sentToLeadersAt() {
        return sentToLeadersAt;
    }

    /** The codes of the leaders the report was sent to; empty before it was sent. */
    public List<String> sentTo() {
        return sentTo;
    }

    /** The office's transfer to the departments; {@code null} unless transferred. */
    public Transfer transfer() {
        return transfer;
    }

    /** The report's stay in its current (or last) queue, timed against the review time limit; {@code null} if never. */
    public ReviewStint stint() {
        return stint;
    }

    /** For a MERGED report, the composite it became part of. */
    public ReportId mergedInto() {
        return mergedInto;
    }

    /** For a composite, how it was merged; {@code null} for any other report. */
    public Merge merge() {
        return merge;
    }

    /** The issues that carried the report, in order. */
    public List<PublicationRef> publications() {
        return List.copyOf(publications);
    }

    public List<UpstreamAdoption> upstreamAdoptions() {
        return List.copyOf(upstreamAdoptions);
    }

    /** What the office sent up to higher CPPCCs, in the order it was recorded. */
    public List<UpstreamSubmission> upstreamSubmissions() {
        return List.copyOf(upstreamSubmissions);
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

    /** Everything an item holds, as stored. */
    public record Stored(ReportId id, String trackingNumber, int revision, String committee, String previousCommittee,
                         ReportContent content, Quality quality, Instant submittedAt, Instant routedAt,
                         ReportStatus status, long sequence, long routedSequence, Claim claim,
                         RecordedDecision decision, Instant sentToLeadersAt, List<String> sentTo, Transfer transfer,
                         ReviewStint stint, ReportId mergedInto, Merge merge,
                         List<PublicationRef> publications, List<UpstreamAdoption> upstreamAdoptions,
                         List<UpstreamSubmission> upstreamSubmissions, Instant updatedAt, List<UUID> appliedEvents,
                         long version) {
    }
}
