package org.minyi.leadership.inbox.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A report in the leaders' inbox: what was sent, to which leaders, and what leaders and the office decided
 * about it. Leaders instruct (批示) — several of them, and several times over the report's life if need
 * be — the office forwards it to units without an instruction (转办) or archives it, and releases an
 * instruction's text to the authors. The item keeps the report's highest known {@code sequence}, also
 * from status changes other services announce, so that each step it takes is newer than everything
 * before it.
 */
public final class InboxItem {

    /** How many applied event ids an item remembers to recognise redeliveries. */
    static final int REMEMBERED_EVENTS = 100;

    private static final Set<ReportStatus> INSTRUCTABLE =
            EnumSet.of(ReportStatus.SENT_TO_LEADERS, ReportStatus.INSTRUCTED, ReportStatus.FORWARDED);

    private final ReportId id;
    private final SentReport report;
    /** The codes of the leaders it was sent to; {@code null} when it was sent to every leader. */
    private List<String> leaders;
    private final Instant receivedAt;
    private ReportStatus status;
    private ReportStatus reportStatus;
    private long sequence;
    private long statusSequence;
    private final List<Instruction> instructions;
    private final List<Forward> forwards;
    private Archival archival;
    private final List<UUID> appliedEventIds;
    private Instant updatedAt;
    private final long version;

    private InboxItem(ReportId id, SentReport report, List<String> leaders, Instant receivedAt, ReportStatus status,
                      ReportStatus reportStatus, long sequence, long statusSequence, List<Instruction> instructions,
                      List<Forward> forwards, Archival archival, List<UUID> appliedEventIds, Instant updatedAt,
                      long version) {
        this.id = Objects.requireNonNull(id);
        this.report = Objects.requireNonNull(report);
        this.leaders = recipients(leaders);
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.status = Objects.requireNonNull(status);
        this.reportStatus = Objects.requireNonNull(reportStatus);
        this.sequence = sequence;
        this.statusSequence = statusSequence;
        this.instructions = new ArrayList<>(instructions);
        this.forwards = new ArrayList<>(forwards);
        this.archival = archival;
        this.appliedEventIds = new ArrayList<>(appliedEventIds);
        this.updatedAt = updatedAt;
        this.version = version;
    }

    /**
     * A report sent to the leaders lands in the inbox; {@code eventId} and {@code sequence} are the sending's.
     *
     * @param leaders the codes of the leaders it was sent to; {@code null} or none for every leader
     */
    public static InboxItem receive(ReportId id, SentReport report, List<String> leaders, UUID eventId, long sequence,
                                    Instant sentAt) {
        return new InboxItem(id, report, leaders, sentAt, ReportStatus.SENT_TO_LEADERS, ReportStatus.SENT_TO_LEADERS,
                sequence, sequence, List.of(), List.of(), null, List.of(eventId), sentAt, 0);
    }

    /**
     * Rebuilds an item from storage; decides nothing.
     *
     * @param leaders        {@code null} for every leader
     * @param statusSequence the sequence of the last status the item knows of
     */
    public static InboxItem restore(ReportId id, SentReport report, List<String> leaders, Instant receivedAt,
                                    ReportStatus status, ReportStatus reportStatus, long sequence, long statusSequence,
                                    List<Instruction> instructions, List<Forward> forwards, Archival archival,
                                    List<UUID> appliedEventIds, Instant updatedAt, long version) {
        return new InboxItem(id, report, leaders, receivedAt, status, reportStatus, sequence, statusSequence,
                instructions, forwards, archival, appliedEventIds, updatedAt, version);
    }

    /**
     * The report was sent again (another sending, not a redelivery of the first): the leaders it names
     * now see it too. Nothing else changes and nothing is announced.
     *
     * @param more {@code null} or none for every leader
     * @return whether anything changed
     */
    public boolean sentAgain(UUID eventId, List<String> more) {
        if (hasApplied(eventId)) {
            return false;
        }
        remember(eventId);
        List<String> widened = recipients(more);
        if (leaders != null) {
            if (widened == null) {
                leaders = null;
            } else {
                Set<String> union = new LinkedHashSet<>(leaders);
                union.addAll(widened);
                leaders = List.copyOf(union);
            }
        }
        return true;
    }

    /**
     * A leader instructs, or the leaders' secretariat records a leader's instruction on their behalf: the
     * report goes to the assigned units for handling. A leader the report was not sent to (one who read it
     * in a publication) may have the secretariat record their instruction; from then on it is sent to them.
     *
     * @param leader       whose instruction it is (see {@link InstructionPolicy})
     * @param level        {@code null} for the leader's own level
     * @param instructedOn the date the leader wrote the instruction; {@code null} for today
     * @throws NotPermitted      unless a leader instructs as themself on a report sent to them, or the
     *                           secretariat records it
     * @throws IllegalTransition unless the item is SENT_TO_LEADERS, INSTRUCTED or FORWARDED
     * @throws InvalidAssignment when the units break the assignment rules, or the date lies in the future
     *                           or more than a year back
     */
    public InstructionIssued instruct(Actor by, Leader leader, Level level, String text, LocalDate instructedOn,
                                      List<UnitAssignment> units, LocalDate today, Instant now) {
        DecisionPolicy.mayInstruct(by);
        if (by.is(Role.LEADER) && (!leader.code().equals(by.leader()) || !isSentTo(by.leader()))) {
            throw new NotPermitted("a leader instructs as themself, on a report sent to them",
                    "领导只能以本人名义批示报送本人的信息");
        }
        if (!INSTRUCTABLE.contains(status)) {
            throw new IllegalTransition(id, status, "only a report sent to the leaders, instructed or forwarded can be instructed");
        }
        List<AssignmentProblem> problems = new ArrayList<>(AssignmentPolicy.problems(units, today));
        problems.addAll(InstructionPolicy.dateProblems(instructedOn, today));
        if (!problems.isEmpty()) {
            throw new InvalidAssignment(problems);
        }
        if (!isSentTo(leader.code())) {
            List<String> widened = new ArrayList<>(leaders);
            widened.add(leader.code());
            leaders = List.copyOf(widened);
        }
        Instruction instruction = new Instruction(UUID.randomUUID(), leader.code(), leader.name(), leader.title(),
                level == null ? leader.level() : level, text, instructedOn == null ? today : instructedOn, units,
                by.principal(), now, null);
        instructions.add(instruction);
        Step step = step(ReportStatus.INSTRUCTED, now);
        return new InstructionIssued(step.eventId(), id, step.previous(), step.sequence(), now, by.role(),
                by.principal(), instruction);
    }

    /**
     * The office (or the secretariat) forwards the report to units without a leader's instruction.
     *
     * @throws NotPermitted      unless the office or the secretariat forwards
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
        return new ReportForwarded(step.eventId(), id, step.previous(), step.sequence(), now, by.role(),
                by.principal(), forward);
    }

    /**
     * The office (or the secretariat) archives the report: no action needed.
     *
     * @throws NotPermitted      unless the office or the secretariat archives
     * @throws IllegalTransition unless the item is SENT_TO_LEADERS
     */
    public ReportArchived archive(Actor by, String reason, Instant now) {
        DecisionPolicy.mayDispose(by);
        requireWaiting("only a report waiting in the inbox can be archived");
        archival = new Archival(reason, by.principal(), now);
        Step step = step(ReportStatus.ARCHIVED, now);
        return new ReportArchived(step.eventId(), id, step.previous(), step.sequence(), now, by.role(),
                by.principal(), archival);
    }

    /**
     * The office (or the secretariat) releases an instruction's text to the report's authors, once: a
     * repeat decides nothing. The step takes the next number of the report's sequence.
     *
     * @return the release, or nothing when the instruction was released already
     * @throws NotPermitted         unless the office or the secretariat releases
     * @throws InstructionNotFound  when the report has no such instruction
     */
    public Optional<InstructionReleased> release(Actor by, String instructionId, Instant now) {
        DecisionPolicy.mayRelease(by);
        int index = indexOf(instructionId);
        Instruction instruction = instructions.get(index);
        if (instruction.released()) {
            return Optional.empty();
        }
        Instruction released = instruction.releasedBy(by.principal(), now);
        instructions.set(index, released);
        UUID eventId = UUID.randomUUID();
        sequence = sequence + 1;
        updatedAt = now;
        remember(eventId);
        return Optional.of(new InstructionReleased(eventId, id, sequence, now, released));
    }

    /**
     * Takes note of a status change announced on {@code report-status}. Only one newer than the last status
     * the item knows of counts; a repeat or an older one changes nothing. (A release takes a number of the
     * sequence without changing the status, so a status announced with that same number still counts.)
     *
     * @return whether anything changed
     */
    public boolean observe(StatusAnnouncement announcement) {
        if (hasApplied(announcement.eventId()) || announcement.sequence() <= statusSequence) {
            return false;
        }
        statusSequence = announcement.sequence();
        sequence = Math.max(sequence, announcement.sequence());
        reportStatus = announcement.status();
        remember(announcement.eventId());
        return true;
    }

    public boolean hasApplied(UUID eventId) {
        return appliedEventIds.contains(eventId);
    }

    /** Whether the report was sent to this leader (a report sent to every leader was sent to each). */
    public boolean isSentTo(String leader) {
        return leaders == null || leaders.contains(leader);
    }

    private int indexOf(String instructionId) {
        for (int i = 0; i < instructions.size(); i++) {
            if (instructions.get(i).instructionId().toString().equals(instructionId)) {
                return i;
            }
        }
        throw new InstructionNotFound(id, instructionId);
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
        statusSequence = step.sequence();
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

    /** The named leaders, without blanks or repeats; {@code null} (every leader) when none are named. */
    private static List<String> recipients(List<String> leaders) {
        if (leaders == null) {
            return null;
        }
        List<String> named = leaders.stream().filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty())
                .distinct().toList();
        return named.isEmpty() ? null : named;
    }

    private record Step(UUID eventId, ReportStatus previous, long sequence) {
    }

    public ReportId id() {
        return id;
    }

    public SentReport report() {
        return report;
    }

    /** Whether the report was sent to every leader (no leaders named). */
    public boolean sentToEveryLeader() {
        return leaders == null;
    }

    /** The codes of the leaders it was sent to; empty when it was sent to every leader. */
    public List<String> leaders() {
        return leaders == null ? List.of() : leaders;
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

    /** The highest number of the report's sequence the item knows of; its next step takes the one after. */
    public long sequence() {
        return sequence;
    }

    /** The sequence of the status {@link #reportStatus()} was announced with. */
    public long statusSequence() {
        return statusSequence;
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
