package org.minyi.review.publication.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.bson.Document;
import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.minyi.chassis.mongo.MongoPages;
import org.minyi.chassis.mongo.VersionedWrites;
import org.minyi.review.publication.domain.CarriedReport;
import org.minyi.review.publication.domain.IssueTexts;
import org.minyi.review.publication.domain.Publication;
import org.minyi.review.publication.domain.PublicationFilter;
import org.minyi.review.publication.domain.PublicationId;
import org.minyi.review.publication.domain.PublicationStatus;
import org.minyi.review.publication.domain.PublicationVisibility;
import org.minyi.review.publication.domain.Publications;
import org.minyi.review.publication.persistence.PublicationDocument.CarriedReportDoc;
import org.minyi.review.publication.persistence.PublicationDocument.SkippedDoc;
import org.minyi.review.queue.domain.IssueKind;
import org.minyi.review.queue.domain.OnBehalfOf;
import org.minyi.review.queue.domain.PageOf;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReportStatus;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Publications in MongoDB, one document each; every change is one write guarded by {@code version}
 * ({@link ConcurrentWrite}).
 */
public class MongoPublications implements Publications {

    private final MongoTemplate mongo;

    public MongoPublications(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The unique issue key, and what the lists and the sweep query by. */
    public void createIndexes() {
        IndexOperations indexes = mongo.indexOps(PublicationDocument.class);
        indexes.createIndex(new Index("issueKey", Sort.Direction.ASC).unique());
        indexes.createIndex(new Index("kind", Sort.Direction.ASC).on("year", Sort.Direction.DESC)
                .on("number", Sort.Direction.DESC));
        indexes.createIndex(new Index("status", Sort.Direction.ASC).on("issuedAt", Sort.Direction.ASC));
    }

    @Override
    public Optional<Publication> find(PublicationId id, PublicationVisibility visibility) {
        return whereVisible(visibility, List.of(Criteria.where("_id").is(id.value())))
                .map(query -> mongo.findOne(query, PublicationDocument.class)).map(MongoPublications::toPublication);
    }

    @Override
    public PageOf<Publication> list(PublicationFilter filter, PublicationVisibility visibility, int page, int size) {
        List<Criteria> conditions = new ArrayList<>();
        if (filter.kind() != null) {
            conditions.add(Criteria.where("kind").is(filter.kind().name()));
        }
        if (filter.year() != null) {
            conditions.add(Criteria.where("year").is(filter.year()));
        }
        if (filter.status() != null) {
            conditions.add(Criteria.where("status").is(filter.status().name()));
        }
        Sort newestFirst = Sort.by(Sort.Order.desc("year"), Sort.Order.desc("number"), Sort.Order.desc("createdAt"),
                Sort.Order.asc("_id"));
        return whereVisible(visibility, conditions)
                .map(query -> MongoPages.read(mongo, query, PublicationDocument.class, newestFirst, page, size)
                        .map(MongoPublications::toPublication))
                .map(found -> new PageOf<>(found.items(), page, size, found.total()))
                .orElseGet(() -> new PageOf<>(List.of(), page, size, 0));
    }

    @Override
    public int lastNumber(IssueKind kind, int year) {
        Query query = Query.query(Criteria.where("status").is(PublicationStatus.ISSUED.name())
                .and("kind").is(kind.name()).and("year").is(year)).with(Sort.by(Sort.Order.desc("number"))).limit(1);
        PublicationDocument last = mongo.findOne(query, PublicationDocument.class);
        return last == null || last.number() == null ? 0 : last.number();
    }

    @Override
    public List<PublicationId> pendingSince(Instant issuedBefore, int limit) {
        Query query = Query.query(Criteria.where("status").is(PublicationStatus.ISSUED.name())
                .and("pending.0").exists(true).and("issuedAt").lt(issuedBefore)).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, PublicationDocument.COLLECTION).stream()
                .map(doc -> new PublicationId(doc.getString("_id"))).toList();
    }

    @Override
    public void add(Publication publication) {
        mongo.insert(toDocument(publication));
    }

    @Override
    public void update(Publication publication) {
        try {
            VersionedWrites.update(mongo, PublicationDocument.COLLECTION, toDocument(publication),
                    publication.id().value(), publication.version(), update -> update);
        } catch (DuplicateKeyException numberTaken) {
            throw new ConcurrentWrite("issue number " + publication.number() + " was taken meanwhile");
        }
    }

    /**
     * The conditions, and the one that limits them to what the caller may see, as one query; empty when the
     * caller may see nothing. The leaders' condition on the status and a status filter may both stand in it.
     */
    private static Optional<Query> whereVisible(PublicationVisibility visibility, List<Criteria> conditions) {
        List<Criteria> all = new ArrayList<>(conditions);
        if (visibility == PublicationVisibility.ISSUED) {
            all.add(Criteria.where("status").is(PublicationStatus.ISSUED.name()));
        } else if (visibility != PublicationVisibility.ALL) {
            return Optional.empty();
        }
        return Optional.of(Query.query(switch (all.size()) {
            case 0 -> new Criteria();
            case 1 -> all.get(0);
            default -> new Criteria().andOperator(all);
        }));
    }

    private static PublicationDocument toDocument(Publication p) {
        IssueTexts texts = p.texts();
        String issueKey = p.status() == PublicationStatus.ISSUED
                ? p.kind().name() + "-" + p.year() + "-" + p.number() : "draft-" + p.id().value();
        return new PublicationDocument(p.id().value(), p.kind().name(), p.status().name(), texts.headline(),
                texts.editorNote(), texts.recipients(), p.reports().stream().map(MongoPublications::toDoc).toList(),
                p.year(), p.number(), issueKey, p.issuedOn(), p.issuedAt(), p.issuedBy(), p.issuer(),
                p.leaders().isEmpty() ? null : p.leaders(),
                p.pending().stream().map(ReportId::value).toList(),
                p.skipped().stream().map(s -> new SkippedDoc(s.reportId().value(),
                        s.status() == null ? null : s.status().name())).toList(),
                p.createdBy(), p.createdAt(), p.updatedAt(), p.version());
    }

    private static Publication toPublication(PublicationDocument d) {
        return Publication.restore(new Publication.Stored(new PublicationId(d.id()), IssueKind.valueOf(d.kind()),
                PublicationStatus.valueOf(d.status()), new IssueTexts(d.headline(), d.editorNote(), d.recipients()),
                d.reports().stream().map(MongoPublications::toReport).toList(), d.year(), d.number(), d.issuedOn(),
                d.issuedAt(), d.issuedBy(), d.issuer(), d.leaders(),
                d.pending() == null ? List.of() : d.pending().stream().map(ReportId::new).toList(),
                d.skipped() == null ? List.of() : d.skipped().stream().map(s -> new Publication.Skipped(
                        new ReportId(s.reportId()), s.status() == null ? null : ReportStatus.valueOf(s.status())))
                        .toList(),
                d.createdBy(), d.createdAt(), d.updatedAt(), d.version()));
    }

    private static CarriedReportDoc toDoc(CarriedReport r) {
        return new CarriedReportDoc(r.reportId().value(), r.trackingNumber(), r.title(), r.committee(), r.township(),
                r.sector(), r.authors(), r.onBehalfOf() == null ? null : r.onBehalfOf().kind().name(),
                r.onBehalfOf() == null ? null : r.onBehalfOf().name(), r.compositeOf(), r.situation(), r.analysis(),
                r.suggestions());
    }

    private static CarriedReport toReport(CarriedReportDoc d) {
        return new CarriedReport(new ReportId(d.reportId()), d.trackingNumber(), d.title(), d.committee(),
                d.township(), d.sector(), d.authors(), d.onBehalfOfKind() == null ? null
                : new OnBehalfOf(OnBehalfOf.Kind.valueOf(d.onBehalfOfKind()), d.onBehalfOfName()),
                d.compositeOf(), d.situation(), d.analysis(), d.suggestions());
    }
}
