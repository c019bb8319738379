package org.minyi.intake.report.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.bson.Document;
import org.minyi.chassis.mongo.MongoPages;
import org.minyi.chassis.outbox.EventTranslation;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.intake.report.domain.PageOf;
import org.minyi.intake.report.domain.Report;
import org.minyi.intake.report.domain.ReportEvent;
import org.minyi.intake.report.domain.ReportFilter;
import org.minyi.intake.report.domain.ReportId;
import org.minyi.intake.report.domain.Reports;
import org.minyi.intake.report.domain.SubmissionKey;
import org.minyi.intake.report.domain.Visibility;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Reports in MongoDB, one document each. A report, its timeline and its waiting events (the chassis's
 * {@link MongoOutbox}) are one document, so every change is a single atomic write; {@code version}
 * guards against lost updates.
 */
public class MongoReports implements Reports {

    private final MongoTemplate mongo;
    private final MongoOutbox outbox;
    private final EventTranslation<Report, ReportEvent> translation;

    public MongoReports(MongoTemplate mongo, MongoOutbox outbox, EventTranslation<Report, ReportEvent> translation) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.translation = translation;
    }

    /**
     * Creates the indexes that the uniqueness of submission keys and tracking numbers and the queries rely
     * on: one on the key of each kind of visibility, which every read of a restricted caller names with an
     * equality ({@code {content.township, submittedAt}}: a station's reports newest first, its leading key
     * also the list's township filter); {@code status} for the
     * lists by status; {@code submittedAt} for the office's newest-first list and the similarity index's
     * reads since a time; the outbox's own.
     */
    public void createIndexes() {
        IndexOperations indexes = mongo.indexOps(ReportDocument.class);
        indexes.createIndex(new Index("submissionKeyId", Sort.Direction.ASC).unique().sparse());
        indexes.createIndex(new Index("trackingNumber", Sort.Direction.ASC).unique());
        indexes.createIndex(new Index("content.township", Sort.Direction.ASC).on("submittedAt", Sort.Direction.DESC));
        indexes.createIndex(new Index("content.authors", Sort.Direction.ASC));
        indexes.createIndex(new Index("committee", Sort.Direction.ASC));
        indexes.createIndex(new Index("status", Sort.Direction.ASC));
        indexes.createIndex(new Index("submittedAt", Sort.Direction.ASC));
        outbox.createIndexes();
    }

    @Override
    public Optional<Report> find(ReportId id) {
        return Optional.ofNullable(mongo.findById(id.value(), ReportDocument.class)).map(ReportMapping::toReport);
    }

    @Override
    public Optional<Report> findVisible(ReportId id, Visibility visibility) {
        return visible(visibility, List.of(Criteria.where("_id").is(id.value())))
                .map(query -> mongo.findOne(query, ReportDocument.class))
                .map(ReportMapping::toReport);
    }

    @Override
    public Set<ReportId> visibleAmong(Collection<ReportId> ids, Visibility visibility) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return visible(visibility, List.of(Criteria.where("_id").in(ids.stream().map(ReportId::value).toList())))
                .map(query -> {
                    query.fields().include("_id");
                    return mongo.find(query, Document.class, ReportDocument.COLLECTION).stream()
                            .map(doc -> new ReportId(doc.getString("_id"))).collect(Collectors.toSet());
                })
                .orElse(Set.of());
    }

    @Override
    public PageOf<Report> list(Visibility visibility, ReportFilter filter, int page, int size) {
        List<Criteria> conditions = new ArrayList<>();
        if (filter.status() != null) {
            conditions.add(Criteria.where("status").is(filter.status().name()));
        }
        if (filter.township() != null) {
            conditions.add(Criteria.where("content.township").is(filter.township()));
        }
        Optional<Query> visible = visible(visibility, conditions);
        if (visible.isEmpty()) {
            return new PageOf<>(List.of(), page, size, 0);
        }
        MongoPages.Found<Report> found = MongoPages.read(mongo, visible.get(), ReportDocument.class,
                Sort.by(Sort.Direction.DESC, "submittedAt"), page, size).map(ReportMapping::toReport);
        return new PageOf<>(found.items(), page, size, found.total());
    }

    @Override
    public Optional<Report> findBySubmissionKey(String principal, String key) {
        Query query = Query.query(Criteria.where("submissionKeyId").is(ReportMapping.submissionKeyId(principal, key)));
        return Optional.ofNullable(mongo.findOne(query, ReportDocument.class)).map(ReportMapping::toReport);
    }

    @Override
    public void add(Report report, List<ReportEvent> events) {
        try {
            outbox.insert(ReportMapping.toDocument(report), report.id().value(), translation.translate(report, events));
        } catch (DuplicateKeyException e) {
            throw whichDuplicate(report, e);
        }
    }

    /**
     * Which unique index refused the report: the server names it in its message (MongoDB and
     * mongo-java-server both do); when it does not, what is stored tells (stored reports are never
     * deleted, so the one that won is there to be found).
     */
    private RuntimeException whichDuplicate(Report report, DuplicateKeyException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("trackingNumber")) {
            return new TrackingNumberTaken(report.trackingNumber() + " is taken");
        }
        if (message.contains("submissionKeyId")) {
            return new DuplicateSubmission(message);
        }
        SubmissionKey key = report.submissionKey();
        if (key != null && findBySubmissionKey(key.principal(), key.key()).isPresent()) {
            return new DuplicateSubmission(e.getMessage());
        }
        if (mongo.exists(Query.query(Criteria.where("trackingNumber").is(report.trackingNumber().value())),
                ReportDocument.class)) {
            return new TrackingNumberTaken(report.trackingNumber() + " is taken");
        }
        return e;
    }

    @Override
    public void update(Report report, List<ReportEvent> events) {
        outbox.update(ReportMapping.toDocument(report), report.id().value(), report.version(),
                translation.translate(report, events));
    }

    /**
     * The reports that meet every condition and that the caller may see — the visibility is one more
     * condition of the query, none for the office —; empty when the caller may see none.
     */
    private static Optional<Query> visible(Visibility visibility, List<Criteria> conditions) {
        List<Criteria> all = new ArrayList<>(conditions);
        if (visibility instanceof Visibility.OfTownship township) {
            all.add(Criteria.where("content.township").is(township.township()));
        } else if (visibility instanceof Visibility.OfAuthor author) {
            all.add(Criteria.where("content.authors").is(author.member()));
        } else if (visibility instanceof Visibility.OfCommittee committee) {
            all.add(Criteria.where("committee").is(committee.committee()));
        } else if (!(visibility instanceof Visibility.All)) {
            return Optional.empty();
        }
        return Optional.of(Query.query(switch (all.size()) {
            case 0 -> new Criteria();
            case 1 -> all.get(0);
            default -> new Criteria().andOperator(all);
        }));
    }
}
