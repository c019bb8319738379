package org.minyi.routing.report.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.minyi.chassis.outbox.EventTranslation;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.chassis.outbox.OutboxMessage;
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
import org.springframework.data.mongodb.core.query.Update;

/**
 * Routing cases in MongoDB, one document per report ({@code _id} = report id). A case, its decisions
 * and its waiting events (the chassis's {@link MongoOutbox}) are one document, so every decision is a
 * single atomic write; {@code version} guards against lost updates.
 */
public class MongoRoutingCases implements RoutingCases {

    /** The collection of the cases, and of their outbox. */
    public static final String COLLECTION = RoutingCaseDocument.COLLECTION;

    private static final Set<String> NOT_SET_ON_UPDATE = Set.of("_id", "version", MongoOutbox.FIELD, "_class");

    private final MongoTemplate mongo;
    private final MongoOutbox outbox;
    private final EventTranslation<RoutingCase, RoutingEvent> translation;

    public MongoRoutingCases(MongoTemplate mongo, MongoOutbox outbox,
                             EventTranslation<RoutingCase, RoutingEvent> translation) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.translation = translation;
    }

    /** Creates the indexes of the outbox sweep, the triage queue and topic coverage. */
    public void createIndexes() {
        IndexOperations indexes = mongo.indexOps(RoutingCaseDocument.class);
        outbox.createIndexes();
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
        List<Criteria> conditions = new ArrayList<>();
        if (committee != null) {
            conditions.add(Criteria.where("committee").is(committee));
        }
        if (status != null) {
            conditions.add(Criteria.where("status").is(status.name()));
        }
        Query query = conditions.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(conditions));
        long total = mongo.count(query, RoutingCaseDocument.class);
        // past the end: nothing to read (and a huge page would overflow the driver's int skip)
        if ((long) page * size >= total) {
            return new Page(List.of(), page, size, total);
        }
        query.with(Sort.by(Sort.Direction.DESC, "updatedAt")).skip((long) page * size).limit(size);
        List<RoutingCase> items = mongo.find(query, RoutingCaseDocument.class).stream()
                .map(RoutingCaseMapping::toCase).toList();
        return new Page(items, page, size, total);
    }

    @Override
    public void add(RoutingCase routingCase, List<RoutingEvent> events) {
        try {
            outbox.insert(RoutingCaseMapping.toDocument(routingCase), routingCase.id().value(),
                    translation.translate(routingCase, events));
        } catch (DuplicateKeyException e) {
            throw new DuplicateCase("report " + routingCase.id() + " already has a routing case");
        }
    }

    @Override
    public void update(RoutingCase routingCase, List<RoutingEvent> events) {
        List<OutboxMessage> outgoing = translation.translate(routingCase, events);
        Document stored = new Document();
        mongo.getConverter().write(RoutingCaseMapping.toDocument(routingCase), stored);
        Update update = new Update();
        stored.forEach((field, value) -> {
            if (!NOT_SET_ON_UPDATE.contains(field)) {
                update.set(field, value);
            }
        });
        update.inc("version", 1);
        outbox.push(update, outgoing);
        Query query = Query.query(Criteria.where("_id").is(routingCase.id().value())
                .and("version").is(routingCase.version()));
        UpdateResult result = mongo.updateFirst(query, update, RoutingCaseDocument.class);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentUpdate("case of report " + routingCase.id() + " changed since version "
                    + routingCase.version());
        }
        outbox.written(routingCase.id().value(), outgoing);
    }
}
