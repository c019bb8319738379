package org.minyi.leadership.inbox.web;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.minyi.leadership.inbox.domain.Archival;
import org.minyi.leadership.inbox.domain.Forward;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.Instruction;
import org.minyi.leadership.inbox.domain.Leader;
import org.minyi.leadership.inbox.domain.Leaders;
import org.minyi.leadership.inbox.domain.SentReport;
import org.minyi.leadership.inbox.domain.UnitAssignment;

/** What the inbox endpoints answer. */
final class InboxResponses {

    private InboxResponses() {
    }

    /** One line of the inbox: no report body. */
    record InboxEntry(String reportId, String trackingNumber, String title, boolean urgent, String committee,
                      String grade, String publication, Instant receivedAt, String status,
                      List<LeaderView> leaders) {

        static InboxEntry of(InboxItem item, Leaders directory) {
            SentReport r = item.report();
            return new InboxEntry(item.id().value(), r.trackingNumber(), r.title(), r.urgent(), r.committee(),
                    r.grade() == null ? null : r.grade().name(), r.publication(), item.receivedAt(),
                    item.status().name(), LeaderView.of(item, directory));
        }
    }

    /**
     * The whole item: the report as sent, to whom, and what leaders and the office decided.
     *
     * @param sentAt       when it was sent to the leaders (the same as {@code receivedAt})
     * @param reportStatus the report's status as last announced (it may have moved on, e.g. IN_HANDLING)
     */
    record ItemView(String reportId, String trackingNumber, String title, String category, String domain,
                    String township, String sector, String committee, List<String> authors, boolean urgent,
                    String grade, String publication, Instant submittedAt, String situation, String analysis,
                    String suggestions, List<LeaderView> leaders, Instant sentAt, Instant receivedAt, String status,
                    String reportStatus, long sequence, List<InstructionView> instructions,
                    List<ForwardView> forwards, ArchivalView archival) {

        static ItemView of(InboxItem item, Leaders directory) {
            SentReport r = item.report();
            Archival a = item.archival();
            return new ItemView(item.id().value(), r.trackingNumber(), r.title(), r.category().name(), r.domain(),
                    r.township(), r.sector(), r.committee(), r.authors(), r.urgent(),
                    r.grade() == null ? null : r.grade().name(), r.publication(), r.submittedAt(),
                    r.content().situation(), r.content().analysis(), r.content().suggestions(),
                    LeaderView.of(item, directory), item.receivedAt(), item.receivedAt(), item.status().name(),
                    item.reportStatus().name(), item.sequence(),
                    item.instructions().stream().map(InstructionView::of).toList(),
                    item.forwards().stream().map(ForwardView::of).toList(),
                    a == null ? null : new ArchivalView(a.reason(), a.archivedBy(), a.archivedAt()));
        }
    }

    /**
     * A leader the report was sent to, named as the reference data names them now (the code, and no title,
     * for a leader it no longer lists).
     */
    record LeaderView(String code, String name, String title) {

        /** The leaders the item was sent to: those it names, or every leader of the reference data. */
        static List<LeaderView> of(InboxItem item, Leaders directory) {
            if (item.sentToEveryLeader()) {
                return directory.all().stream().map(LeaderView::of).toList();
            }
            return item.leaders().stream().map(code -> directory.find(code).map(LeaderView::of)
                    .orElseGet(() -> new LeaderView(code, code, null))).toList();
        }

        static LeaderView of(Leader leader) {
            return new LeaderView(leader.code(), leader.name(), leader.title());
        }
    }

    /**
     * One instruction.
     *
     * @param leader     the leader's code
     * @param recordedBy who entered it: the leader ({@code leader-<code>}) or the secretariat ({@code leader})
     * @param released   whether the office released its text to the report's authors
     */
    record InstructionView(String instructionId, String leader, String leaderName, String leaderTitle, String level,
                           String text, LocalDate instructedOn, List<UnitView> units, String recordedBy,
                           Instant issuedAt, boolean released, String releasedBy, Instant releasedAt) {

        static InstructionView of(Instruction i) {
            Instruction.Release release = i.release();
            return new InstructionView(i.instructionId().toString(), i.leader(), i.leaderName(), i.leaderTitle(),
                    i.level().name(), i.text(), i.instructedOn(), UnitView.of(i.units()), i.recordedBy(), i.issuedAt(),
                    i.released(), release == null ? null : release.releasedBy(),
                    release == null ? null : release.releasedAt());
        }
    }

    record ForwardView(String forwardId, String comment, List<UnitView> units, String forwardedBy,
                       Instant forwardedAt) {

        static ForwardView of(Forward f) {
            return new ForwardView(f.forwardId().toString(), f.comment(), UnitView.of(f.units()), f.forwardedBy(),
                    f.forwardedAt());
        }
    }

    record UnitView(String unit, String role, LocalDate deadline) {

        static List<UnitView> of(List<UnitAssignment> units) {
            return units.stream().map(u -> new UnitView(u.unit(), u.role().name(), u.deadline())).toList();
        }
    }

    record ArchivalView(String reason, String archivedBy, Instant archivedAt) {
    }
}
