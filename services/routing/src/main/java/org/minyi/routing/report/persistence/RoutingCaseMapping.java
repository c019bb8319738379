package org.minyi.routing.report.persistence;

import java.util.List;
import java.util.UUID;

import org.minyi.routing.report.domain.Decision;
import org.minyi.routing.report.domain.OnBehalfOf;
import org.minyi.routing.report.domain.Quality;
import org.minyi.routing.report.domain.ReportContent;
import org.minyi.routing.report.domain.ReportId;
import org.minyi.routing.report.domain.ReportStatus;
import org.minyi.routing.report.domain.RoutingCase;
import org.minyi.routing.report.domain.Submission;
import org.minyi.routing.report.persistence.RoutingCaseDocument.ContentDoc;
import org.minyi.routing.report.persistence.RoutingCaseDocument.DecisionDoc;
import org.minyi.routing.report.persistence.RoutingCaseDocument.DuplicateDoc;
import org.minyi.routing.report.persistence.RoutingCaseDocument.QualityDoc;
import org.minyi.routing.report.persistence.RoutingCaseDocument.SubmissionDoc;
import org.minyi.routing.rules.domain.Category;

/** Between the aggregate and its stored form. */
final class RoutingCaseMapping {

    private RoutingCaseMapping() {
    }

    static RoutingCaseDocument toDocument(RoutingCase c) {
        return new RoutingCaseDocument(
                c.id().value(),
                c.trackingNumber(),
                c.revision(),
                c.township(),
                c.category().name(),
                c.domain(),
                c.topicId(),
                c.committee(),
                c.rule(),
                c.ruleVersion(),
                c.status().name(),
                c.sequence(),
                c.adopted(),
                c.updatedAt(),
                submission(c.submission()),
                c.decisions().stream().map(d -> new DecisionDoc(d.eventId().toString(),
                        d.submissionEventId().toString(), d.revision(), d.sequence(), d.committee(), d.rule(),
                        d.ruleVersion(), d.kind().name(), d.previousCommittee(), d.reason(), d.decidedBy(),
                        d.decidedAt())).toList(),
                c.appliedEventIds().stream().map(UUID::toString).toList(),
                c.version());
    }

    static RoutingCase toCase(RoutingCaseDocument doc) {
        List<Decision> decisions = doc.decisions() == null ? List.of() : doc.decisions().stream()
                .map(d -> new Decision(UUID.fromString(d.eventId()), UUID.fromString(d.submissionEventId()),
                        d.revision(), d.sequence(), d.committee(), d.rule(), d.ruleVersion(),
                        d.kind() == null ? Decision.Kind.RULES : Decision.Kind.valueOf(d.kind()),
                        d.previousCommittee(), d.reason(), d.decidedBy() == null ? Decision.SYSTEM : d.decidedBy(),
                        d.decidedAt()))
                .toList();
        List<UUID> applied = doc.appliedEventIds() == null ? List.of()
                : doc.appliedEventIds().stream().map(UUID::fromString).toList();
        ReportId id = new ReportId(doc.id());
        Submission submission = doc.submission() != null ? submission(id, doc.trackingNumber(), doc.submission())
                : earlier(id, doc, decisions);
        return RoutingCase.restore(id, doc.trackingNumber(), submission,
                doc.committee(), doc.rule(), doc.ruleVersion(),
                doc.status() == null ? ReportStatus.ROUTED : ReportStatus.valueOf(doc.status()), doc.sequence(),
                doc.adopted(), doc.updatedAt(), decisions, applied, doc.version());
    }

    /** A case stored before cases kept their submission: its codes, without the text. */
    private static Submission earlier(ReportId id, RoutingCaseDocument doc, List<Decision> decisions) {
        Decision last = decisions.get(decisions.size() - 1);
        return new Submission(last.submissionEventId(), id, doc.trackingNumber(), doc.revision(), last.sequence() - 1,
                doc.updatedAt(), null, new ReportContent(null, Category.valueOf(doc.category()), doc.domain(), null,
                null, null, doc.township(), null, List.of(), null, null, false, null), null);
    }

    private static SubmissionDoc submission(Submission s) {
        ReportContent c = s.content();
        Quality q = s.quality();
        return new SubmissionDoc(s.eventId().toString(), s.revision(), s.sequence(), s.occurredAt(), s.submittedBy(),
                new ContentDoc(c.title(), c.category().name(), c.domain(), c.situation(), c.analysis(), c.suggestions(),
                        c.township(), c.sector(), c.authors(),
                        c.onBehalfOf() == null ? null : c.onBehalfOf().kind().name(),
                        c.onBehalfOf() == null ? null : c.onBehalfOf().name(), c.topicId(), c.urgent(), c.occurredOn()),
                q == null ? null : new QualityDoc(q.flags(), q.possibleDuplicates().stream()
                        .map(d -> new DuplicateDoc(d.reportId(), d.trackingNumber(), d.similarity())).toList()));
    }

    private static Submission submission(ReportId id, String trackingNumber, SubmissionDoc s) {
        ContentDoc c = s.content();
        ReportContent content = new ReportContent(c.title(), Category.valueOf(c.category()), c.domain(), c.situation(),
                c.analysis(), c.suggestions(), c.township(), c.sector(), c.authors(),
                c.onBehalfOfKind() == null ? null
                        : new OnBehalfOf(OnBehalfOf.Kind.valueOf(c.onBehalfOfKind()), c.onBehalfOfName()),
                c.topicId(), c.urgent(), c.occurredOn());
        Quality quality = s.quality() == null ? null : new Quality(s.quality().flags(),
                s.quality().possibleDuplicates() == null ? List.of() : s.quality().possibleDuplicates().stream()
                        .map(d -> new Quality.PossibleDuplicate(d.reportId(), d.trackingNumber(), d.similarity()))
                        .toList());
        return new Submission(UUID.fromString(s.eventId()), id, trackingNumber, s.revision(), s.sequence(),
                s.occurredAt(), s.submittedBy(), content, quality);
    }
}
