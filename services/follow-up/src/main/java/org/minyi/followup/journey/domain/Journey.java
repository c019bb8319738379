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
        return Optional.of(notice(submission.eventId(), List.copyOf(newcomers), submission.at()));
    }

    /**
     * Takes note of an announced status change: its time if the report entered that status earlier than
     * known, and — when it is newer than anything seen — the status itself, which the audience is told.
     *
     * @return the notice, if the change is newer and concerns somebody
     */
    public Optional<StatusNoticed> observe(StatusChange change, Instant now) {
        if (hasApplied(change.eventId())) {
            return Optional.empty();
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
            return Optional.empty();
        }
        touch(change.eventId(), now);
        Set<String> audience = audience();
        if (!newer || audience.isEmpty() || trackingNumber == null || !NoticePolicy.notifies(status)) {
            return Optional.empty();
        }
        return Optional.of(notice(change.eventId(), List.copyOf(audience), change.at()));
    }

    /** When the report first entered each status this journey heard of. */
    public Map<ReportStatus, Instant> milestones() {
        return Map.copyOf(entered);
    }

    /** The principals concerned: authors, the township's station, the submitter. */
    public Set<String> audience() {
        return NoticePolicy.audience(authors, township, submittedBy);
    }

    private StatusNoticed notice(UUID cause, List<String> recipients, Instant at) {
        UUID id = UUID.nameUUIDFromBytes((cause + "/notice").getBytes(StandardCharsets.UTF_8));
        return new StatusNoticed(id, reportId, trackingNumber, recipients, NoticePolicy.kindOf(status), status,
                Math.max(1, sequence), at);
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
