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
import org.minyi.intake.report.domain.OnBehalfOf;
import org.minyi.intake.report.domain.Report;
import org.minyi.intake.report.domain.ReportContent;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.ReportStatus;
import org.minyi.intake.report.domain.Role;
import org.minyi.intake.report.domain.SubmissionKey;
import org.minyi.intake.report.domain.TimelineEntry;
import org.minyi.intake.report.domain.TrackingNumber;
import org.minyi.intake.report.persistence.ReportDocument.ActorDoc;
import org.minyi.intake.report.persistence.ReportDocument.ContentDoc;
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
                        e.actorRole().name())).toList(),
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
                        t.at(), Role.valueOf(t.actorRole())))
                .toList();
        return Report.restore(new ReportId(doc.id()), new TrackingNumber(doc.trackingNumber()), submittedBy, key,
                content(doc.content()), doc.revision(), ReportStatus.valueOf(doc.status()), doc.sequence(),
                doc.committee(), doc.submittedAt(), doc.updatedAt(), assessment(doc), timeline, doc.version());
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
                c.topicId(), c.urgent(), c.occurredOn());
    }

    private static ReportContent content(ContentDoc c) {
        return new ReportContent(c.title(), Category.valueOf(c.category()), c.domain(), c.situation(), c.analysis(),
                c.suggestions(), c.township(), c.sector(), c.authors(),
                c.onBehalfOf() == null ? null
                        : new OnBehalfOf(OnBehalfOf.Kind.valueOf(c.onBehalfOf().kind()), c.onBehalfOf().name()),
                c.topicId(), c.urgent(), c.occurredOn());
    }
}
