package org.minyi.intake.report.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.minyi.chassis.outbox.EventTranslation;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.chassis.outbox.OutboxMessage;
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
import org.springframework.data.mongodb.core.query.Update;

/**
 * Reports in MongoDB, one document each. A report, its timeline and its waiting events (the chassis's
 * {@link MongoOutbox}) are one document, so every change is a single atomic write; {@code version}
 * guards against lost updates.
 */
public class MongoReports implements Reports {

    private static final Set<String> NOT_SET_ON_UPDATE = Set.of("_id", "version", MongoOutbox.FIELD, "_class");

    private final MongoTemplate mongo;
    private final MongoOutbox outbox;
    private final EventTranslation<Report, ReportEvent> translation;

    public MongoReports(MongoTemplate mongo, MongoOutbox outbox, EventTranslation<Report, ReportEvent> translation) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.translation = translation;
    }

    /** Creates the indexes that the queries and the uniqueness of submission keys rely on. */
    public void createIndexes() {
        IndexOperations indexes = mongo.indexOps(ReportDocument.class);
        indexes.createIndex(new Index("submissionKeyId", Sort.Direction.ASC).unique().sparse());
        indexes.createIndex(new Index("trackingNumber", Sort.Direction.ASC).unique());
        indexes.createIndex(new Index("content.township", Sort.Direction.ASC).on("submittedAt", Sort.Direction.DESC));
        indexes.createIndex(new Index("content.authors", Sort.Direction.ASC));
        indexes.createIndex(new Index("committee", Sort.Direction.ASC));
        outbox.createIndexes();
        indexes.createIndex(new Index("submittedAt", Sort.Direction.ASC));
    }

    @Override
    public Optional<Report> find(ReportId id) {
        return Optional.ofNullable(mongo.findById(id.value(), ReportDocument.class)).map(ReportMapping::toReport);
    }

    @Override
    public Optional<Report> findVisible(ReportId id, Visibility visibility) {
        return visible(visibility)
                .map(criteria -> mongo.findOne(byId(id.value(), criteria), ReportDocument.class))
                .map(ReportMapping::toReport);
    }

    @Override
    public Set<ReportId> visibleAmong(Collection<ReportId> ids, Visibility visibility) {
        Optional<Criteria> visible = visible(visibility);
        if (ids.isEmpty() || visible.isEmpty()) {
            return Set.of();
        }
        Query query = Query.query(Criteria.where("_id").in(ids.stream().map(ReportId::value).toList())
                .andOperator(visible.get()));
        query.fields().include("_id");
        return mongo.find(query, Document.class, ReportDocument.COLLECTION).stream()
                .map(doc -> new ReportId(doc.getString("_id"))).collect(Collectors.toSet());
    }

    @Override
    public PageOf<Report> list(Visibility visibility, ReportFilter filter, int page, int size) {
        Optional<Criteria> visible = visible(visibility);
        if (visible.isEmpty()) {
            return new PageOf<>(List.of(), page, size, 0);
        }
        List<Criteria> conditions = new ArrayList<>(List.of(visible.get()));
        if (filter.status() != null) {
            conditions.add(Criteria.where("status").is(filter.status().name()));
        }
        if (filter.township() != null) {
            conditions.add(Criteria.where("content.township").is(filter.township()));
        }
        Query query = Query.query(new Criteria().andOperator(conditions));
        long total = mongo.count(query, ReportDocument.class);
        long skip = (long) page * size;
        if (skip >= total) {
            // past the end: nothing to read (and a skip beyond an int would overflow in the driver)
            return new PageOf<>(List.of(), page, size, total);
        }
        query.with(Sort.by(Sort.Direction.DESC, "submittedAt")).skip(skip).limit(size);
        List<Report> items = mongo.find(query, ReportDocument.class).stream().map(ReportMapping::toReport).toList();
        return new PageOf<>(items, page, size, total);
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
        List<OutboxMessage> outgoing = translation.translate(report, events);
        Document stored = new Document();
        mongo.getConverter().write(ReportMapping.toDocument(report), stored);
        Update update = new Update();
        stored.forEach((field, value) -> {
            if (!NOT_SET_ON_UPDATE.contains(field)) {
                update.set(field, value);
            }
        });
        update.inc("version", 1);
        outbox.push(update, outgoing);
        Query query = Query.query(Criteria.where("_id").is(report.id().value()).and("version").is(report.version()));
        UpdateResult result = mongo.updateFirst(query, update, ReportDocument.class);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentUpdate("report " + report.id() + " changed since version " + report.version());
        }
        outbox.written(report.id().value(), outgoing);
    }

    /** The condition that limits a query to what the caller may see; empty when nothing is visible. */
    private static Optional<Criteria> visible(Visibility visibility) {
        if (visibility instanceof Visibility.All) {
            return Optional.of(new Criteria());
        }
        if (visibility instanceof Visibility.OfTownship township) {
            return Optional.of(Criteria.where("content.township").is(township.township()));
        }
        if (visibility instanceof Visibility.OfAuthor author) {
            return Optional.of(Criteria.where("content.authors").is(author.member()));
        }
        if (visibility instanceof Visibility.OfCommittee committee) {
            return Optional.of(Criteria.where("committee").is(committee.committee()));
        }
        return Optional.empty();
    }

    /** The id alone for an unrestricted caller, so that every store answers from its {@code _id} index. */
    private static Query byId(String id, Criteria visible) {
        Criteria byId = Criteria.where("_id").is(id);
        return Query.query(visible.getCriteriaObject().isEmpty() ? byId : byId.andOperator(visible));
    }
}
