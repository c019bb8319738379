package org.minyi.leadership.inbox.persistence;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.minyi.leadership.inbox.domain.Archival;
import org.minyi.leadership.inbox.domain.Category;
import org.minyi.leadership.inbox.domain.Forward;
import org.minyi.leadership.inbox.domain.Grade;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.Instruction;
import org.minyi.leadership.inbox.domain.Level;
import org.minyi.leadership.inbox.domain.ReportContent;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.leadership.inbox.domain.ReportStatus;
import org.minyi.leadership.inbox.domain.SentReport;
import org.minyi.leadership.inbox.domain.UnitAssignment;
import org.minyi.leadership.inbox.domain.UnitRole;
import org.minyi.leadership.inbox.persistence.InboxItemDocument.ArchivalDoc;
import org.minyi.leadership.inbox.persistence.InboxItemDocument.ContentDoc;
import org.minyi.leadership.inbox.persistence.InboxItemDocument.ForwardDoc;
import org.minyi.leadership.inbox.persistence.InboxItemDocument.InstructionDoc;
import org.minyi.leadership.inbox.persistence.InboxItemDocument.UnitDoc;

/** Between the aggregate and its stored form. */
final class InboxItemMapping {

    private InboxItemMapping() {
    }

    static InboxItemDocument toDocument(InboxItem item) {
        SentReport r = item.report();
        Archival archival = item.archival();
        return new InboxItemDocument(
                item.id().value(),
                r.trackingNumber(),
                r.title(),
                r.category().name(),
                r.domain(),
                r.township(),
                r.sector(),
                r.committee(),
                r.authors(),
                r.urgent(),
                r.grade() == null ? null : r.grade().name(),
                r.publication(),
                r.submittedAt(),
                new ContentDoc(r.content().situation(), r.content().analysis(), r.content().suggestions()),
                item.sentToEveryLeader() ? null : item.leaders(),
                item.receivedAt(),
                item.status().name(),
                item.reportStatus().name(),
                item.sequence(),
                item.statusSequence(),
                item.instructions().stream().map(InboxItemMapping::instruction).toList(),
                item.forwards().stream().map(f -> new ForwardDoc(f.forwardId().toString(), f.comment(),
                        units(f.units()), f.forwardedBy(), f.forwardedAt())).toList(),
                archival == null ? null : new ArchivalDoc(archival.reason(), archival.archivedBy(), archival.archivedAt()),
                item.appliedEventIds().stream().map(UUID::toString).toList(),
                item.updatedAt(),
                item.version());
    }

    static InboxItem toItem(InboxItemDocument doc) {
        ContentDoc c = doc.content();
        SentReport report = new SentReport(doc.trackingNumber(), doc.title(), Category.valueOf(doc.category()),
                doc.domain(), doc.township(), doc.sector(), doc.committee(), doc.authors(), doc.urgent(),
                doc.grade() == null ? null : Grade.valueOf(doc.grade()), doc.publication(), doc.submittedAt(),
                new ReportContent(c.situation(), c.analysis(), c.suggestions()));
        ArchivalDoc a = doc.archival();
        return InboxItem.restore(new ReportId(doc.id()), report, doc.leaders(), doc.receivedAt(),
                ReportStatus.valueOf(doc.status()), ReportStatus.valueOf(doc.reportStatus()), doc.sequence(),
                doc.statusSequence() == null ? doc.sequence() : doc.statusSequence(),
                listOf(doc.instructions()).stream().map(InboxItemMapping::instruction).toList(),
                listOf(doc.forwards()).stream().map(f -> new Forward(UUID.fromString(f.forwardId()), f.comment(),
                        assignments(f.units()), f.forwardedBy(), f.forwardedAt())).toList(),
                a == null ? null : new Archival(a.reason(), a.archivedBy(), a.archivedAt()),
                listOf(doc.appliedEventIds()).stream().map(UUID::fromString).toList(),
                doc.updatedAt(), doc.version());
    }

    private static InstructionDoc instruction(Instruction i) {
        Instruction.Release release = i.release();
        return new InstructionDoc(i.instructionId().toString(), i.leader(), i.leaderName(), i.leaderTitle(),
                i.level().name(), i.text(), i.instructedOn(), units(i.units()), i.recordedBy(), i.issuedAt(),
                release == null ? null : release.releasedBy(), release == null ? null : release.releasedAt());
    }

    private static Instruction instruction(InstructionDoc i) {
        return new Instruction(UUID.fromString(i.instructionId()), i.leader(), i.leaderName(), i.leaderTitle(),
                Level.valueOf(i.level()), i.text(),
                i.instructedOn() == null ? LocalDate.ofInstant(i.issuedAt(), ZoneOffset.UTC) : i.instructedOn(),
                assignments(i.units()), i.issuedBy(), i.issuedAt(),
                i.releasedBy() == null ? null : new Instruction.Release(i.releasedBy(), i.releasedAt()));
    }

    private static List<UnitDoc> units(List<UnitAssignment> units) {
        return units.stream().map(u -> new UnitDoc(u.unit(), u.role().name(), u.deadline())).toList();
    }

    private static List<UnitAssignment> assignments(List<UnitDoc> units) {
        return listOf(units).stream()
                .map(u -> new UnitAssignment(u.unit(), UnitRole.valueOf(u.role()), u.deadline())).toList();
    }

    private static <T> List<T> listOf(List<T> list) {
        return list == null ? List.of() : list;
    }
}
