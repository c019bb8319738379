package org.minyi.followup.journey.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A report's journey as follow-up learns it from intake and {@code report-status}: who it concerns
 * (authors, the township's station, the submitter), its latest status and sequence, and when it first
 * entered each status (the milestones published when it closes). It decides whom to tell of each
 * newer status.
 *
 * <p>The two sources are read independently, so a status may arrive before the submission that names
 * the authors: the station is told at once (the township is on every status), and authors learned later
 * are told the report's current status then.
 *
 * <p>Beside the authors, it tells the people who are to act of new work ({@link WorkNoticePolicy}): the
 * committee's reviewers of a report routed to their queue, the leaders a report was sent to, the office and
 * the reviewers of a report past its review time limit. Every notice's id is derived from what caused it,
 * and a journey remembers the events it applied, so a redelivered event tells nobody again.
 */
public final class Journey {

    /** How many applied event ids a journey remembers to recognise redeliveries. */
    static final int REMEMBERED_EVENTS = 100;

    private final String reportId;
    private String trackingNumber;
    private String township;
    private List<String> authors;
    private String submittedBy;
    private ReportStatus status;
    private long sequence;
    private final Map<ReportStatus, Instant> entered;
    private final Deque<UUID> appliedEvents;
    private Instant updatedAt;
    private final long version;
    private boolean changed;

    private Journey(String reportId, String trackingNumber, String township, List<String> authors, String submittedBy,
                    ReportStatus status, long sequence, Map<ReportStatus, Instant> entered, List<UUID> appliedEvents,
                    Instant updatedAt, long version) {
        this.reportId = Objects.requireNonNull(reportId);
        this.trackingNumber = trackingNumber;
        this.township = township;
        this.authors = authors == null ? List.of() : List.copyOf(authors);
        this.submittedBy = submittedBy;
        this.status = status;
        this.sequence = sequence;
        this.entered = new EnumMap<>(ReportStatus.class);
        this.entered.putAll(entered);
        this.appliedEvents = new ArrayDeque<>(appliedEvents);
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A report follow-up has not heard of before. */
    public static Journey begin(String reportId) {
        return new Journey(reportId, null, null, List.of(), null, null, 0, Map.of(), List.of(), null, 0);
    }

    /** Rebuilds a journey from storage; decides nothing. */
    public static Journey restore(String reportId, String trackingNumber, String township, List<String> authors,
                                  String submittedBy, ReportStatus status, long sequence,
                                  Map<ReportStatus, Instant> entered, List<UUID> appliedEvents, Instant updatedAt,
                                  long version) {
        return new Journey(reportId, trackingNumber, township, authors, submittedBy, status, sequence, entered,
                appliedEvents, updatedAt, version);
    }

    /**
     * Learns who the report concerns from its (re)submission. Principals who join the audience after the
     * report has moved on are told where it stands.
     *
     * @return the notice for those newcomers, if any
     */
    public Optional<StatusNoticed> learn(Submission submission, Instant now) {
        if (hasApplied(submission.eventId())) {
            return Optional.empty();
        }
        Set<String> before = audience();
        trackingNumber = submission.trackingNumber();
        township = submission.township();
        authors = submission.authors();
        if (submission.submittedBy() != null) {
            submittedBy = submission.submittedBy();
        }
        enter(ReportStatus.SUBMITTED, submission.at());
        if (status == null || submission.sequence() > sequence) {
            sequence = Math.max(sequence, submission.sequence());
            status = ReportStatus.SUBMITTED;
        }
        touch(submission.eventId(), now);
        Set<String> newcomers = new LinkedHashSet<>(audience());
        newcomers.removeAll(before);
        if (newcomers.isEmpty() || !NoticePolicy.notifies(status)) {
            return Optional.empty();
        }
        return Optional.of(notice(submission.eventId(), "notice", List.copyOf(newcomers), NoticePolicy.kindOf(status),
                status, submission.at()));
    }

    /**
     * Takes note of an announced status change: its time if the report entered that status earlier than
     * known, and — when it is newer than anything seen — the status itself, which the audience is told;
     * a report newly ROUTED is new work for the queue it was routed to.
     *
     * @return the notices: to the audience, and to the queue's reviewers; none for a stale or repeated change
     */
    public List<StatusNoticed> observe(StatusChange change, Instant now) {
        if (hasApplied(change.eventId())) {
            return List.of();
        }
        boolean noted = enter(change.status(), change.at());
        if (trackingNumber == null && change.trackingNumber() != null) {
            trackingNumber = change.trackingNumber();
            noted = true;
        }
        if (township == null && change.township() != null) {
            township = change.township();
            noted = true;
        }
        boolean newer = change.sequence() > sequence;
        if (newer) {
            sequence = change.sequence();
            status = change.status();
            noted = true;
        }
        if (!noted) {
            // a stale or echoed announcement that teaches nothing costs no write
            return List.of();
        }
        touch(change.eventId(), now);
        if (!newer || trackingNumber == null) {
            return List.of();
        }
        List<StatusNoticed> notices = new ArrayList<>();
        Set<String> audience = audience();
        if (!audience.isEmpty() && NoticePolicy.notifies(status)) {
            notices.add(notice(change.eventId(), "notice", List.copyOf(audience), NoticePolicy.kindOf(status), status,
                    change.at()));
        }
        if (status == ReportStatus.ROUTED && change.committee() != null && !change.committee().isBlank()) {
            notices.add(notice(change.eventId(), "queue", List.copyOf(WorkNoticePolicy.queue(change.committee())),
                    NoticeKind.NEW_IN_QUEUE, status, change.at()));
        }
        return notices;
    }

    /**
     * The report waited past its committee's review time limit: the office and the committee's reviewers
     * are told, once. A flag older than the latest status known (the report was decided or moved on since)
     * tells nobody.
     */
    public List<StatusNoticed> reviewOverdue(ReviewOverdue flag, Instant now) {
        if (hasApplied(flag.eventId()) || (status != null && flag.sequence() < sequence)) {
            return List.of();
        }
        learnCodes(flag.trackingNumber(), flag.township());
        touch(flag.eventId(), now);
        if (trackingNumber == null) {
            return List.of();
        }
        return List.of(notice(flag.eventId(), "review-overdue",
                List.copyOf(WorkNoticePolicy.reviewOverdue(flag.committee())), NoticeKind.REVIEW_OVERDUE, status,
                flag.at(), flag.sequence()));
    }

    /** The report was sent to leaders: each of them and the leaders' secretariat are told, once. */
    public List<StatusNoticed> sentToLeaders(SentToLeaders sent, Instant now) {
        if (hasApplied(sent.eventId())) {
            return List.of();
        }
        learnCodes(sent.trackingNumber(), sent.township());
        touch(sent.eventId(), now);
        if (trackingNumber == null) {
            return List.of();
        }
        return List.of(notice(sent.eventId(), "leaders", List.copyOf(WorkNoticePolicy.leaders(sent.leaders())),
                NoticeKind.SENT_TO_LEADER, ReportStatus.SENT_TO_LEADERS, sent.at(), sent.sequence()));
    }

    private void learnCodes(String announcedTrackingNumber, String announcedTownship) {
        if (trackingNumber == null) {
            trackingNumber = announcedTrackingNumber;
        }
        if (township == null) {
            township = announcedTownship;
        }
    }

    /** When the report first entered each status this journey heard of. */
    public Map<ReportStatus, Instant> milestones() {
        return Map.copyOf(entered);
    }

    /** The principals concerned: authors, the township's station, the submitter. */
    public Set<String> audience() {
        return NoticePolicy.audience(authors, township, submittedBy);
    }

    private StatusNoticed notice(UUID cause, String what, List<String> recipients, NoticeKind kind,
                                 ReportStatus about, Instant at) {
        return notice(cause, what, recipients, kind, about, at, sequence);
    }

    /** A notice whose id is derived from its cause and what it tells, so that a repeat has the same id. */
    private StatusNoticed notice(UUID cause, String what, List<String> recipients, NoticeKind kind,
                                 ReportStatus about, Instant at, long causeSequence) {
        UUID id = UUID.nameUUIDFromBytes((cause + "/" + what).getBytes(StandardCharsets.UTF_8));
        return new StatusNoticed(id, reportId, trackingNumber, recipients, kind, about,
                Math.max(1, Math.max(sequence, causeSequence)), at);
    }

    private boolean enter(ReportStatus reached, Instant at) {
        Instant known = entered.get(reached);
        if (known == null || at.isBefore(known)) {
            entered.put(reached, at);
            return true;
        }
        return false;
    }

    private void touch(UUID eventId, Instant now) {
        appliedEvents.addLast(eventId);
        while (appliedEvents.size() > REMEMBERED_EVENTS) {
            appliedEvents.removeFirst();
        }
        updatedAt = now;
        changed = true;
    }

    public boolean hasApplied(UUID eventId) {
        return appliedEvents.contains(eventId);
    }

    /** Whether anything changed since it was read (or begun), so that it needs storing. */
    public boolean changed() {
        return changed;
    }

    public String reportId() {
        return reportId;
    }

    public String trackingNumber() {
        return trackingNumber;
    }

    public String township() {
        return township;
    }

    public List<String> authors() {
        return authors;
    }

    public String submittedBy() {
        return submittedBy;
    }

    /** The latest status heard of, {@code null} before any. */
    public ReportStatus status() {
        return status;
    }

    public long sequence() {
        return sequence;
    }

    public List<UUID> appliedEvents() {
        return new ArrayList<>(appliedEvents);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The stored version it was read at; 0 for a new one. */
    public long version() {
        return version;
    }
}
