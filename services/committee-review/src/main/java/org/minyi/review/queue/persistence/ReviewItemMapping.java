package org.minyi.review.queue.persistence;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.bson.Document;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.AdoptionKind;
import org.minyi.review.queue.domain.Category;
import org.minyi.review.queue.domain.Claim;
import org.minyi.review.queue.domain.ClaimPolicy;
import org.minyi.review.queue.domain.Constituent;
import org.minyi.review.queue.domain.Decision;
import org.minyi.review.queue.domain.Grade;
import org.minyi.review.queue.domain.IssueKind;
import org.minyi.review.queue.domain.Merge;
import org.minyi.review.queue.domain.OnBehalfOf;
import org.minyi.review.queue.domain.PublicationRef;
import org.minyi.review.queue.domain.Quality;
import org.minyi.review.queue.domain.QueueOrder;
import org.minyi.review.queue.domain.RecordedDecision;
import org.minyi.review.queue.domain.ReportContent;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReportStatus;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewStint;
import org.minyi.review.queue.domain.Role;
import org.minyi.review.queue.domain.Transfer;
import org.minyi.review.queue.domain.UnitAssignment;
import org.minyi.review.queue.domain.UnitRole;
import org.minyi.review.queue.domain.UpstreamAdoption;
import org.minyi.review.queue.domain.UpstreamRecord;
import org.minyi.review.queue.domain.UpstreamSubmission;
import org.minyi.review.queue.persistence.ReviewItemDocument.ActorDoc;
import org.minyi.review.queue.persistence.ReviewItemDocument.ConstituentDoc;
import org.minyi.review.queue.persistence.ReviewItemDocument.ContentDoc;
import org.minyi.review.queue.persistence.ReviewItemDocument.DecisionDoc;
import org.minyi.review.queue.persistence.ReviewItemDocument.DuplicateDoc;
import org.minyi.review.queue.persistence.ReviewItemDocument.MergeDoc;
import org.minyi.review.queue.persistence.ReviewItemDocument.OnBehalfOfDoc;
import org.minyi.review.queue.persistence.ReviewItemDocument.PublicationRefDoc;
import org.minyi.review.queue.persistence.ReviewItemDocument.QualityDoc;
import org.minyi.review.queue.persistence.ReviewItemDocument.SkippedDoc;
import org.minyi.review.queue.persistence.ReviewItemDocument.StintDoc;
import org.minyi.review.queue.persistence.ReviewItemDocument.TransferDoc;
import org.minyi.review.queue.persistence.ReviewItemDocument.UnitDoc;
import org.minyi.review.queue.persistence.ReviewItemDocument.UpstreamAdoptionDoc;
import org.minyi.review.queue.persistence.ReviewItemDocument.UpstreamSubmissionDoc;
import org.springframework.data.mongodb.core.convert.MongoConverter;

/** Between the aggregate and its stored form. */
final class ReviewItemMapping {

    private static final String ADOPT = "ADOPT";
    private static final String DECLINE = "DECLINE";
    private static final String RETURN = "RETURN";

    private ReviewItemMapping() {
    }

    static ReviewItemDocument toDocument(ReviewItem item) {
        Claim claim = item.claim();
        return new ReviewItemDocument(
                item.id().value(),
                item.trackingNumber(),
                item.revision(),
                item.committee(),
                item.previousCommittee(),
                content(item.content()),
                quality(item.quality()),
                item.submittedAt(),
                item.routedAt(),
                item.status().name(),
                item.sequence(),
                item.routedSequence(),
                QueueOrder.rank(item.content().urgent(), item.submittedAt()),
                claim == null ? null : claim.by(),
                claim == null ? null : claim.at(),
                claim == null ? null : claim.expiresAt(),
                decision(item.decision()),
                item.sentToLeadersAt(),
                nullIfEmpty(item.sentTo()),
                transfer(item.transfer()),
                stint(item.stint()),
                item.reviewAttentionAt(),
                item.mergedInto() == null ? null : item.mergedInto().value(),
                merge(item.merge()),
                nullIfEmpty(item.publications().stream().map(p -> new PublicationRefDoc(p.publicationId(),
                        p.kind().name(), p.year(), p.number(), p.issuedOn())).toList()),
                nullIfEmpty(item.upstreamAdoptions().stream().map(u -> new UpstreamAdoptionDoc(u.level().name(),
                        u.mode().name(), u.adoptedOn(), u.note(), u.recordedBy(), u.recordedAt(), u.submission()))
                        .toList()),
                nullIfEmpty(item.upstreamSubmissions().stream().map(ReviewItemMapping::submission).toList()),
                nullIfEmpty(item.upstreamSubmissions().stream().map(u -> u.submittedOn().getYear()).distinct()
                        .sorted().toList()),
                item.updatedAt(),
                item.appliedEvents().stream().map(UUID::toString).toList(),
                item.version());
    }

    static ReviewItem toItem(ReviewItemDocument doc) {
        Claim claim = doc.claimedBy() == null ? null : new Claim(doc.claimedBy(), doc.claimedAt(),
                doc.leaseExpiresAt() != null ? doc.leaseExpiresAt()
                        : doc.claimedAt().plus(ClaimPolicy.DEFAULT_LEASE));
        return ReviewItem.restore(new ReviewItem.Stored(
                new ReportId(doc.id()), doc.trackingNumber(), doc.revision(), doc.committee(), doc.previousCommittee(),
                content(doc.content()), quality(doc.quality()), doc.submittedAt(), doc.routedAt(),
                ReportStatus.valueOf(doc.status()), doc.sequence(), doc.routedSequence(), claim,
                decision(doc.decision()), doc.sentToLeadersAt(), list(doc.sentTo(), code -> code),
                transfer(doc.transfer()), stint(doc.reviewStint()),
                doc.mergedInto() == null ? null : new ReportId(doc.mergedInto()), merge(doc.merge()),
                list(doc.publications(), p -> new PublicationRef(p.publicationId(), IssueKind.valueOf(p.kind()),
                        p.year(), p.number(), p.issuedOn())),
                adoptions(doc), list(doc.upstreamSubmissions(), ReviewItemMapping::submission),
                doc.updatedAt(), list(doc.appliedEvents(), UUID::fromString), doc.version()));
    }

    /**
     * A report as the upstream ledger reads it, from a document read with only its codes, title and upstream lines
     * (too little for a whole {@link ReviewItemDocument}: its lines are converted one by one).
     */
    static UpstreamRecord toUpstreamRecord(Document doc, MongoConverter converter) {
        Document content = doc.get("content", Document.class);
        return new UpstreamRecord(new ReportId(doc.getString("_id")), doc.getString("trackingNumber"),
                content == null ? null : content.getString("title"), doc.getString("committee"),
                list(doc.getList("upstreamSubmissions", Document.class),
                        d -> submission(converter.read(UpstreamSubmissionDoc.class, d))),
                list(doc.getList("upstreamAdoptions", Document.class),
                        d -> adoption(converter.read(UpstreamAdoptionDoc.class, d))));
    }

    private static List<UpstreamAdoption> adoptions(ReviewItemDocument doc) {
        return list(doc.upstreamAdoptions(), ReviewItemMapping::adoption);
    }

    private static UpstreamAdoption adoption(UpstreamAdoptionDoc u) {
        return new UpstreamAdoption(UpstreamAdoption.Level.valueOf(u.level()), UpstreamAdoption.Mode.valueOf(u.mode()),
                u.adoptedOn(), u.note(), u.recordedBy(), u.recordedAt(), u.submission());
    }

    private static UpstreamSubmissionDoc submission(UpstreamSubmission u) {
        return new UpstreamSubmissionDoc(u.id(), u.level().name(), u.submittedOn(), u.channel(), u.submittedBy(),
                u.submittedAt());
    }

    private static UpstreamSubmission submission(UpstreamSubmissionDoc u) {
        return new UpstreamSubmission(u.id(), UpstreamAdoption.Level.valueOf(u.level()), u.submittedOn(), u.channel(),
                u.submittedBy(), u.submittedAt());
    }

    private static DecisionDoc decision(RecordedDecision recorded) {
        if (recorded == null) {
            return null;
        }
        Decision d = recorded.decision();
        if (d instanceof Decision.Adopt adopt) {
            return new DecisionDoc(ADOPT, adopt.grade().name(), adopt.kind().name(), null, null, null,
                    adopt.comment(), recorded.decidedBy(), recorded.decidedAt());
        }
        if (d instanceof Decision.Decline decline) {
            return new DecisionDoc(DECLINE, null, null, decline.reason(), decline.reasonLabel(),
                    decline.reasonLabelEn(), decline.comment(), recorded.decidedBy(), recorded.decidedAt());
        }
        return new DecisionDoc(RETURN, null, null, null, null, null, d.comment(), recorded.decidedBy(),
                recorded.decidedAt());
    }

    private static RecordedDecision decision(DecisionDoc doc) {
        if (doc == null) {
            return null;
        }
        Decision decision = switch (doc.kind()) {
            case ADOPT -> new Decision.Adopt(Grade.valueOf(doc.grade()),
                    doc.adoptionKind() == null ? AdoptionKind.SINGLE : AdoptionKind.valueOf(doc.adoptionKind()),
                    doc.comment());
            case DECLINE -> new Decision.Decline(doc.reason(), doc.reasonLabel(), doc.reasonLabelEn(), doc.comment());
            case RETURN -> new Decision.ReturnForRevision(doc.comment());
            default -> throw new IllegalStateException("unknown stored decision " + doc.kind());
        };
        return new RecordedDecision(decision, doc.decidedBy(), doc.decidedAt());
    }

    private static TransferDoc transfer(Transfer t) {
        if (t == null) {
            return null;
        }
        return new TransferDoc(t.transferId(), t.note(), t.units().stream().map(u -> new UnitDoc(u.unit(),
                u.role().name(), u.deadline())).toList(), t.transferredBy(), t.transferredAt());
    }

    private static Transfer transfer(TransferDoc doc) {
        if (doc == null) {
            return null;
        }
        return new Transfer(doc.transferId(), doc.note(), list(doc.units(), u -> new UnitAssignment(u.unit(),
                UnitRole.valueOf(u.role()), u.deadline())), doc.transferredBy(), doc.transferredAt());
    }

    private static StintDoc stint(ReviewStint s) {
        return s == null ? null
                : new StintDoc(s.committee(), s.enteredAt(), s.limit(), s.due(), s.overdueAt(), s.flaggedAt());
    }

    private static ReviewStint stint(StintDoc doc) {
        return doc == null ? null : new ReviewStint(doc.committee(), doc.enteredAt(), doc.limit(), doc.due(),
                doc.overdueAt(), doc.flaggedAt());
    }

    private static MergeDoc merge(Merge merge) {
        if (merge == null) {
            return null;
        }
        Actor by = merge.mergedBy();
        return new MergeDoc(
                merge.constituents().stream().map(c -> new ConstituentDoc(c.reportId().value(), c.trackingNumber(),
                        c.title(), c.authors())).toList(),
                new ActorDoc(by.principal(), by.role().name(), by.committee()), merge.grade().name(), merge.comment(),
                merge.plannedAt(),
                merge.skipped().stream().map(s -> new SkippedDoc(s.reportId().value(), s.trackingNumber(),
                        s.status() == null ? null : s.status().name())).toList(),
                merge.completedAt());
    }

    private static Merge merge(MergeDoc doc) {
        if (doc == null) {
            return null;
        }
        return new Merge(
                list(doc.constituents(), c -> new Constituent(new ReportId(c.reportId()), c.trackingNumber(),
                        c.title(), c.authors())),
                new Actor(doc.mergedBy().principal(), Role.valueOf(doc.mergedBy().role()), doc.mergedBy().committee()),
                Grade.valueOf(doc.grade()), doc.comment(), doc.plannedAt(),
                list(doc.skipped(), s -> new Merge.Skipped(new ReportId(s.reportId()), s.trackingNumber(),
                        s.status() == null ? null : ReportStatus.valueOf(s.status()))),
                doc.completedAt());
    }

    private static QualityDoc quality(Quality q) {
        if (q == null || q.isEmpty()) {
            return null;
        }
        return new QualityDoc(q.flags().stream().map(Enum::name).toList(), q.possibleDuplicates().stream()
                .map(d -> new DuplicateDoc(d.reportId().value(), d.trackingNumber(), d.similarity())).toList());
    }

    private static Quality quality(QualityDoc doc) {
        if (doc == null) {
            return Quality.NONE;
        }
        return new Quality(list(doc.flags(), Quality.Flag::valueOf), list(doc.possibleDuplicates(),
                d -> new Quality.PossibleDuplicate(new ReportId(d.reportId()), d.trackingNumber(), d.similarity())));
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

    private static <S, T> List<T> list(List<S> stored, Function<S, T> mapper) {
        return stored == null ? List.of() : stored.stream().map(mapper).toList();
    }

    private static <T> List<T> nullIfEmpty(List<T> values) {
        return values.isEmpty() ? null : values;
    }
}
