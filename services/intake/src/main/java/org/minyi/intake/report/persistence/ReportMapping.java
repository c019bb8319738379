package org.minyi.intake.report.persistence;

import java.util.List;
import java.util.UUID;

import org.minyi.intake.report.domain.Actor;
import org.minyi.intake.report.domain.Assessment;
import org.minyi.intake.report.domain.PossibleDuplicate;
import org.minyi.intake.report.domain.Quality;
import org.minyi.intake.report.domain.QualityFlag;
import org.minyi.intake.report.domain.Signature;
import org.minyi.intake.report.domain.Category;
import org.minyi.intake.report.domain.Grade;
import org.minyi.intake.report.domain.Instruction;
import org.minyi.intake.report.domain.Outcomes;
import org.minyi.intake.report.domain.ReviewDecision;
import org.minyi.intake.report.domain.UnitResult;
import org.minyi.intake.report.domain.OnBehalfOf;
import org.minyi.intake.report.domain.Report;
import org.minyi.intake.report.domain.ReportContent;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.ReportStatus;
import org.minyi.intake.report.domain.Role;
import org.minyi.intake.report.domain.Source;
import org.minyi.intake.report.domain.SubmissionKey;
import org.minyi.intake.report.domain.TimelineEntry;
import org.minyi.intake.report.domain.TrackingNumber;
import org.minyi.intake.report.persistence.ReportDocument.ActorDoc;
import org.minyi.intake.report.persistence.ReportDocument.ContentDoc;
import org.minyi.intake.report.persistence.ReportDocument.DecisionDoc;
import org.minyi.intake.report.persistence.ReportDocument.HandlingDoc;
import org.minyi.intake.report.persistence.ReportDocument.InstructionDoc;
import org.minyi.intake.report.persistence.ReportDocument.TransferDoc;
import org.minyi.intake.report.persistence.ReportDocument.UnitResultDoc;
import org.minyi.intake.report.persistence.ReportDocument.OnBehalfOfDoc;
import org.minyi.intake.report.persistence.ReportDocument.DuplicateDoc;
import org.minyi.intake.report.persistence.ReportDocument.QualityDoc;
import org.minyi.intake.report.persistence.ReportDocument.SimilarityDoc;
import org.minyi.intake.report.persistence.ReportDocument.TimelineDoc;

/** Between the aggregate and its stored form. */
final class ReportMapping {

    private ReportMapping() {
    }

    static ReportDocument toDocument(Report report) {
        SubmissionKey key = report.submissionKey();
        return new ReportDocument(
                report.id().value(),
                report.trackingNumber().value(),
                actor(report.submittedBy()),
                key == null ? null : submissionKeyId(key.principal(), key.key()),
                key == null ? null : key.fingerprint(),
                content(report.content()),
                report.revision(),
                report.status().name(),
                report.sequence(),
                report.committee(),
                report.submittedAt(),
                report.updatedAt(),
                quality(report.assessment().quality()),
                similarity(report.assessment()),
                report.timeline().stream().map(e -> new TimelineDoc(e.eventId().toString(), e.status().name(),
                        e.previousStatus() == null ? null : e.previousStatus().name(), e.sequence(), e.at(),
                        e.actorRole().name(), e.actor(), e.reason())).toList(),
                report.outcomes().decisions().stream().map(ReportMapping::decision).toList(),
                report.outcomes().instructions().stream().map(ReportMapping::instruction).toList(),
                transfer(report.outcomes().transfer()),
                handling(report.outcomes().handling()),
                report.learned().stream().map(UUID::toString).toList(),
                report.version());
    }

    static Report toReport(ReportDocument doc) {
        ActorDoc by = doc.submittedBy();
        Actor submittedBy = new Actor(by.principal(), Role.valueOf(by.role()), by.township(), by.member(),
                by.committee(), by.unit());
        SubmissionKey key = doc.submissionKeyId() == null ? null
                : new SubmissionKey(by.principal(), doc.submissionKeyId().substring(by.principal().length() + 1),
                doc.submissionFingerprint());
        List<TimelineEntry> timeline = doc.timeline() == null ? List.of() : doc.timeline().stream()
                .map(t -> new TimelineEntry(UUID.fromString(t.eventId()), ReportStatus.valueOf(t.status()),
                        t.previousStatus() == null ? null : ReportStatus.valueOf(t.previousStatus()), t.sequence(),
                        t.at(), Role.valueOf(t.actorRole()), t.actor(), t.reason()))
                .toList();
        return Report.restore(new ReportId(doc.id()), new TrackingNumber(doc.trackingNumber()), submittedBy, key,
                content(doc.content()), doc.revision(), ReportStatus.valueOf(doc.status()), doc.sequence(),
                doc.committee(), doc.submittedAt(), doc.updatedAt(), assessment(doc), timeline, outcomes(doc),
                doc.learned() == null ? List.of() : doc.learned().stream().map(UUID::fromString).toList(),
                doc.version());
    }

    private static Outcomes outcomes(ReportDocument doc) {
        return new Outcomes(
                doc.decisions() == null ? List.of() : doc.decisions().stream().map(ReportMapping::decision).toList(),
                doc.instructions() == null ? List.of()
                        : doc.instructions().stream().map(ReportMapping::instruction).toList(),
                doc.transfer() == null ? null
                        : new Outcomes.Transfer(doc.transfer().transferId(), doc.transfer().sequence(), doc.transfer().at()),
                doc.handling() == null ? null : new Outcomes.Handling(doc.handling().sequence(), doc.handling().at(),
                        doc.handling().units().stream().map(u -> new UnitResult(u.unit(),
                                u.role() == null ? null : UnitResult.UnitRole.valueOf(u.role()),
                                u.result() == null ? null : UnitResult.Result.valueOf(u.result()), u.feedbackAt()))
                                .toList()));
    }

    private static DecisionDoc decision(ReviewDecision d) {
        return new DecisionDoc(d.decision().name(), d.sequence(), d.grade() == null ? null : d.grade().name(),
                d.reason(), d.reasonLabel(), d.reasonLabelEn(), d.comment(), d.decidedAt(), d.committee(),
                d.decidedBy(), d.mergedInto(), d.mergedIntoTrackingNumber());
    }

    private static ReviewDecision decision(DecisionDoc d) {
        return new ReviewDecision(ReviewDecision.Kind.valueOf(d.decision()), d.sequence(),
                d.grade() == null ? null : Grade.valueOf(d.grade()), d.reason(), d.reasonLabel(), d.reasonLabelEn(),
                d.comment(), d.decidedAt(), d.committee(), d.decidedBy(), d.mergedInto(),
                d.mergedIntoTrackingNumber());
    }

    private static InstructionDoc instruction(Instruction i) {
        return new InstructionDoc(i.instructionId(), i.leader(), i.leaderName(), i.leaderTitle(),
                i.level() == null ? null : i.level().name(), i.instructedOn(), i.instructedAt(), i.text(),
                i.releasedAt(), i.releasedBy());
    }

    private static Instruction instruction(InstructionDoc i) {
        return new Instruction(i.instructionId(), i.leader(), i.leaderName(), i.leaderTitle(),
                i.level() == null ? null : Instruction.Level.valueOf(i.level()), i.instructedOn(), i.instructedAt(),
                i.text(), i.releasedAt(), i.releasedBy());
    }

    private static TransferDoc transfer(Outcomes.Transfer transfer) {
        return transfer == null ? null : new TransferDoc(transfer.transferId(), transfer.sequence(), transfer.at());
    }

    private static HandlingDoc handling(Outcomes.Handling handling) {
        return handling == null ? null : new HandlingDoc(handling.sequence(), handling.at(), handling.units().stream()
                .map(u -> new UnitResultDoc(u.unit(), u.role() == null ? null : u.role().name(),
                        u.result() == null ? null : u.result().name(), u.feedbackAt()))
                .toList());
    }

    /** One field, so that a unique index can cover principal and key together. */
    static String submissionKeyId(String principal, String key) {
        return principal + ":" + key;
    }

    static Assessment assessment(ReportDocument doc) {
        Quality quality = Quality.NONE;
        if (doc.quality() != null) {
            List<QualityFlag> flags = doc.quality().flags() == null ? List.of()
                    : doc.quality().flags().stream().map(QualityFlag::valueOf).toList();
            List<PossibleDuplicate> duplicates = doc.quality().possibleDuplicates() == null ? List.of()
                    : doc.quality().possibleDuplicates().stream().map(d -> new PossibleDuplicate(
                            new ReportId(d.reportId()), new TrackingNumber(d.trackingNumber()), d.similarity())).toList();
            quality = Quality.of(flags, duplicates);
        }
        SimilarityDoc similarity = doc.similarity();
        return similarity == null || similarity.signature() == null || similarity.signature().isEmpty()
                ? new Assessment(quality, similarity == null ? null : similarity.county(), null)
                : new Assessment(quality, similarity.county(), Signature.of(similarity.signature()));
    }

    private static QualityDoc quality(Quality quality) {
        return new QualityDoc(quality.orderedFlags().stream().map(Enum::name).toList(),
                quality.possibleDuplicates().stream().map(d -> new DuplicateDoc(d.reportId().value(),
                        d.trackingNumber().value(), d.similarity())).toList());
    }

    private static SimilarityDoc similarity(Assessment assessment) {
        return assessment.county() == null && assessment.signature() == null ? null
                : new SimilarityDoc(assessment.county(),
                assessment.signature() == null ? List.of() : assessment.signature().values());
    }

    private static ActorDoc actor(Actor actor) {
        return new ActorDoc(actor.principal(), actor.role().name(), actor.township(), actor.member(),
                actor.committee(), actor.unit());
    }

    private static ContentDoc content(ReportContent c) {
        return new ContentDoc(c.title(), c.category().name(), c.domain(), c.situation(), c.analysis(),
                c.suggestions(), c.township(), c.sector(), c.authors(),
                c.onBehalfOf() == null ? null : new OnBehalfOfDoc(c.onBehalfOf().kind().name(), c.onBehalfOf().name()),
                c.topicId(), c.urgent(), c.occurredOn(), c.source() == null ? null : c.source().name());
    }

    private static ReportContent content(ContentDoc c) {
        return new ReportContent(c.title(), Category.valueOf(c.category()), c.domain(), c.situation(), c.analysis(),
                c.suggestions(), c.township(), c.sector(), c.authors(),
                c.onBehalfOf() == null ? null
                        : new OnBehalfOf(OnBehalfOf.Kind.valueOf(c.onBehalfOf().kind()), c.onBehalfOf().name()),
                c.topicId(), c.urgent(), c.occurredOn(), c.source() == null ? null : Source.valueOf(c.source()));
    }
}
