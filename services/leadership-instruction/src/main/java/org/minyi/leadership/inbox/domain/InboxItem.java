package org.minyi.leadership.inbox.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A report in the leaders' inbox: what was sent, and what leaders and the office decided about it.
 * A leader instructs (批示) — several times over the report's life if need be — the office forwards
 * it to units without an instruction (转办) or archives it. The item keeps the report's highest known
 * {@code sequence}, also from status changes other services announce, so that each step it takes is
 * newer than everything before it.
 */
public final class InboxItem {

    /** How many applied event ids an item remembers to recognise redeliveries. */
    static final int REMEMBERED_EVENTS = 100;
    /** How long after a leader wrote an instruction it may still be entered with that date. */
    static final int INSTRUCTION_DATE_YEARS_BACK = 1;

    private static final Set<ReportStatus> INSTRUCTABLE =
            EnumSet.of(ReportStatus.SENT_TO_LEADERS, ReportStatus.INSTRUCTED, ReportStatus.FORWARDED);

    private final ReportId id;
    private final SentReport report;
    private final Instant receivedAt;
    private ReportStatus status;
    private ReportStatus reportStatus;
    private long sequence;
    private final List<Instruction> instructions;
    private final List<Forward> forwards;
    private Archival archival;
    private final List<UUID> appliedEventIds;
    private Instant updatedAt;
    private final long version;

    private InboxItem(ReportId id, SentReport report, Instant receivedAt, ReportStatus status,
                      ReportStatus reportStatus, long sequence, List<Instruction> instructions, List<Forward> forwards,
                      Archival archival, List<UUID> appliedEventIds, Instant updatedAt, long version) {
        this.id = Objects.requireNonNull(id);
        this.report = Objects.requireNonNull(report);
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.status = Objects.requireNonNull(status);
        this.reportStatus = Objects.requireNonNull(reportStatus);
        this.sequence = sequence;
        this.instructions = new ArrayList<>(instructions);
        this.forwards = new ArrayList<>(forwards);
        this.archival = archival;
        this.appliedEventIds = new ArrayList<>(appliedEventIds);
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /** A report sent to the leaders lands in the inbox; {@code eventId} and {@code sequence} are the sending's. */
    public static InboxItem receive(ReportId id, SentReport report, UUID eventId, long sequence, Instant sentAt) {
        return new InboxItem(id, report, sentAt, ReportStatus.SENT_TO_LEADERS, ReportStatus.SENT_TO_LEADERS, sequence,
                List.of(), List.of(), null, List.of(eventId), sentAt, 0);
    }

    /** Rebuilds an item from storage; decides nothing. */
    public static InboxItem restore(ReportId id, SentReport report, Instant receivedAt, ReportStatus status,
                                    ReportStatus reportStatus, long sequence, List<Instruction> instructions,
                                    List<Forward> forwards, Archival archival, List<UUID> appliedEventIds,
                                    Instant updatedAt, long version) {
        return new InboxItem(id, report, receivedAt, status, reportStatus, sequence, instructions, forwards, archival,
                appliedEventIds, updatedAt, version);
    }

    /**
     * A leader instructs: the report goes to the assigned units for handling.
     *
     * @throws NotPermitted      unless a leader instructs
     * @throws IllegalTransition unless the item is SENT_TO_LEADERS, INSTRUCTED or FORWARDED
     * @param instructedOn the date the leader wrote the instruction; {@code null} for today
     * @throws InvalidAssignment when the units break the assignment rules, or the date lies in the future
     *                           or more than a year back
     */
    public InstructionIssued instruct(Actor by, String leader, Level level, String text, LocalDate instructedOn,
                                      List<UnitAssignment> units, LocalDate today, Instant now) {
        DecisionPolicy.mayInstruct(by);
        if (!INSTRUCTABLE.contains(status)) {
            throw new IllegalTransition(id, status, "only a report sent to the leaders, instructed or forwarded can be instructed");
        }
        AssignmentPolicy.check(units, today);
        LocalDate written = instructedOn == null ? today : instructedOn;
        if (written.isAfter(today)) {
            throw new InvalidAssignment(List.of(new AssignmentProblem("date", "in_future", "批示日期不能晚于今天",
                    "the instruction cannot be dated in the future")));
        }
        if (written.isBefore(today.minusYears(INSTRUCTION_DATE_YEARS_BACK))) {
            throw new InvalidAssignment(List.of(new AssignmentProblem("date", "too_old", "批示日期不能早于一年前",
                    "the instruction cannot be dated more than a year back")));
        }
        Instruction instruction = new Instruction(UUID.randomUUID(), leader, level, text, written, units,
                by.principal(), now);
        instructions.add(instruction);
        Step step = step(ReportStatus.INSTRUCTED, now);
        return new InstructionIssued(step.eventId(), id, step.previous(), step.sequence(), now, by.role(), instruction);
    }

    /**
     * The office forwards the report to units without a leader's instruction.
     *
     * @throws NotPermitted      unless the office forwards
     * @throws IllegalTransition unless the item is SENT_TO_LEADERS
     * @throws InvalidAssignment when the units break the assignment rules
     */
    public ReportForwarded forward(Actor by, String comment, List<UnitAssignment> units, LocalDate today, Instant now) {
        DecisionPolicy.mayDispose(by);
        requireWaiting("only a report waiting in the inbox can be forwarded");
        AssignmentPolicy.check(units, today);
        Forward forward = new Forward(UUID.randomUUID(), comment, units, by.principal(), now);
        forwards.add(forward);
        Step step = step(ReportStatus.FORWARDED, now);
        return new ReportForwarded(step.eventId(), id, step.previous(), step.sequence(), now, by.role(), forward);
    }

    /**
     * The office archives the report: no action needed.
     *
     * @throws NotPermitted      unless the office archives
     * @throws IllegalTransition unless the item is SENT_TO_LEADERS
     */
    public ReportArchived archive(Actor by, String reason, Instant now) {
        DecisionPolicy.mayDispose(by);
        requireWaiting("only a report waiting in the inbox can be archived");
        archival = new Archival(reason, by.principal(), now);
        Step step = step(ReportStatus.ARCHIVED, now);
        return new ReportArchived(step.eventId(), id, step.previous(), step.sequence(), now, by.role(), archival);
    }

    /**
     * Takes note of a status change announced on {@code report-status}. Only one newer than what the item
     * knows counts; a repeat or an older one changes nothing.
     *
     * @return whether anything changed
     */
    public boolean observe(StatusAnnouncement announcement) {
        if (hasApplied(announcement.eventId()) || announcement.sequence() <= sequence) {
            return false;
        }
        sequence = announcement.sequence();
        reportStatus = announcement.status();
        remember(announcement.eventId());
        return true;
    }

    public boolean hasApplied(UUID eventId) {
        return appliedEventIds.contains(eventId);
    }

    private void requireWaiting(String message) {
        if (status != ReportStatus.SENT_TO_LEADERS) {
            throw new IllegalTransition(id, status, message);
        }
    }

    private Step step(ReportStatus next, Instant now) {
        Step step = new Step(UUID.randomUUID(), reportStatus, sequence + 1);
        status = next;
        reportStatus = next;
        sequence = step.sequence();
        updatedAt = now;
        remember(step.eventId());
        return step;
    }

    private void remember(UUID eventId) {
        appliedEventIds.add(eventId);
        while (appliedEventIds.size() > REMEMBERED_EVENTS) {
            appliedEventIds.remove(0);
        }
    }

    private record Step(UUID eventId, ReportStatus previous, long sequence) {
    }

    public ReportId id() {
        return id;
    }

    public SentReport report() {
        return report;
    }

    public Instant receivedAt() {
        return receivedAt;
    }

    /** Where the item stands in the inbox: SENT_TO_LEADERS, INSTRUCTED, FORWARDED or ARCHIVED. */
    public ReportStatus status() {
        return status;
    }

    /** The report's status as last known, which follow-up may have moved on (IN_HANDLING, HANDLED…). */
    public ReportStatus reportStatus() {
        return reportStatus;
    }

    public long sequence() {
        return sequence;
    }

    public List<Instruction> instructions() {
        return List.copyOf(instructions);
    }

    public List<Forward> forwards() {
        return List.copyOf(forwards);
    }

    /** How the item was archived, or {@code null}. */
    public Archival archival() {
        return archival;
    }

    public List<UUID> appliedEventIds() {
        return List.copyOf(appliedEventIds);
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    /** The stored version this item was read at; 0 for a new item. */
    public long version() {
        return version;
    }
}
