package org.minyi.routing.report.persistence;

import java.util.List;
import java.util.Optional;

import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.minyi.chassis.mongo.MongoPages;
import org.minyi.chassis.outbox.EventTranslation;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.routing.report.domain.ReportId;
import org.minyi.routing.report.domain.ReportStatus;
import org.minyi.routing.report.domain.RoutingCase;
import org.minyi.routing.report.domain.RoutingCases;
import org.minyi.routing.report.domain.RoutingEvent;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Routing cases in MongoDB, one document per report ({@code _id} = report id). A case, its decisions
 * and its waiting events (the chassis's {@link MongoOutbox}) are one document, so every decision is a
 * single atomic write; {@code version} guards against lost updates.
 */
public class MongoRoutingCases implements RoutingCases {

    /** The collection of the cases, and of their outbox. */
    public static final String COLLECTION = RoutingCaseDocument.COLLECTION;

    private final MongoTemplate mongo;
    private final MongoOutbox outbox;
    private final EventTranslation<RoutingCase, RoutingEvent> translation;

    public MongoRoutingCases(MongoTemplate mongo, MongoOutbox outbox,
                             EventTranslation<RoutingCase, RoutingEvent> translation) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.translation = translation;
    }

    /** Creates the indexes of the outbox sweep, the lists by committee and topic coverage. */
    public void createIndexes() {
        IndexOperations indexes = mongo.indexOps(RoutingCaseDocument.class);
        outbox.createIndexes();
        // a queue by committee, newest change first
        indexes.createIndex(new Index("committee", Sort.Direction.ASC).on("updatedAt", Sort.Direction.DESC));
        indexes.createIndex(new Index("topicId", Sort.Direction.ASC).sparse());
    }

    @Override
    public Optional<RoutingCase> find(ReportId id) {
        return Optional.ofNullable(mongo.findById(id.value(), RoutingCaseDocument.class))
                .map(RoutingCaseMapping::toCase);
    }

    @Override
    public Page list(String committee, ReportStatus status, int page, int size) {
        Criteria filter = new Criteria();
        if (committee != null) {
            filter = filter.and("committee").is(committee);
        }
        if (status != null) {
            filter = filter.and("status").is(status.name());
        }
        MongoPages.Found<RoutingCase> found = MongoPages.read(mongo, Query.query(filter), RoutingCaseDocument.class,
                Sort.by(Sort.Direction.DESC, "updatedAt"), page, size).map(RoutingCaseMapping::toCase);
        return new Page(found.items(), page, size, found.total());
    }

    @Override
    public void add(RoutingCase routingCase, List<RoutingEvent> events) {
        try {
            outbox.insert(RoutingCaseMapping.toDocument(routingCase), routingCase.id().value(),
                    translation.translate(routingCase, events));
        } catch (DuplicateKeyException e) {
            throw new ConcurrentWrite("report " + routingCase.id() + " got a routing case since it was read");
        }
    }

    @Override
    public void update(RoutingCase routingCase, List<RoutingEvent> events) {
        outbox.update(RoutingCaseMapping.toDocument(routingCase), routingCase.id().value(), routingCase.version(),
                translation.translate(routingCase, events));
    }
}
