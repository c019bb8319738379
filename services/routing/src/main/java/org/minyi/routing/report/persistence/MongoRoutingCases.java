package org.minyi.routing.report.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.mongodb.client.result.UpdateResult;
import org.bson.Document;
import org.minyi.routing.report.application.Outbox;
import org.minyi.routing.report.application.OutboxWritten;
import org.minyi.routing.report.domain.OutboxMessage;
import org.minyi.routing.report.domain.ReportId;
import org.minyi.routing.report.domain.ReportStatus;
import org.minyi.routing.report.domain.RoutingCase;
import org.minyi.routing.report.domain.RoutingCases;
import org.minyi.routing.report.persistence.RoutingCaseDocument.OutboxDoc;
import org.springframework.context.ApplicationEventPublisher;
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
 * and its waiting events are one document, so every decision is a single atomic write;
 * {@code version} guards against lost updates.
 */
public class MongoRoutingCases implements RoutingCases, Outbox {

    private static final Set<String> NOT_SET_ON_UPDATE = Set.of("_id", "version", "outbox", "_class");

    private final MongoTemplate mongo;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public MongoRoutingCases(MongoTemplate mongo, ApplicationEventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.events = events;
        this.clock = clock;
    }

    /** Creates the indexes of the outbox sweep, the triage queue and topic coverage. */
    public void createIndexes() {
        IndexOperations indexes = mongo.indexOps(RoutingCaseDocument.class);
        indexes.createIndex(new Index("outbox.createdAt", Sort.Direction.ASC));
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
    public void add(RoutingCase routingCase, List<OutboxMessage> outgoing) {
        Instant now = clock.instant();
        try {
            mongo.insert(RoutingCaseMapping.toDocument(routingCase,
                    outgoing.stream().map(m -> RoutingCaseMapping.outbox(m, now)).toList()));
        } catch (DuplicateKeyException e) {
            throw new DuplicateCase("report " + routingCase.id() + " already has a routing case");
        }
        announce(routingCase, outgoing);
    }

    @Override
    public void update(RoutingCase routingCase, List<OutboxMessage> outgoing) {
        Document stored = new Document();
        mongo.getConverter().write(RoutingCaseMapping.toDocument(routingCase, List.of()), stored);
        Update update = new Update();
        stored.forEach((field, value) -> {
            if (!NOT_SET_ON_UPDATE.contains(field)) {
                update.set(field, value);
            }
        });
        update.inc("version", 1);
        if (!outgoing.isEmpty()) {
            Instant now = clock.instant();
            update.push("outbox").each(outgoing.stream().map(m -> toBson(RoutingCaseMapping.outbox(m, now))).toArray());
        }
        Query query = Query.query(Criteria.where("_id").is(routingCase.id().value())
                .and("version").is(routingCase.version()));
        UpdateResult result = mongo.updateFirst(query, update, RoutingCaseDocument.class);
        if (result.getMatchedCount() == 0) {
            throw new ConcurrentUpdate("case of report " + routingCase.id() + " changed since version "
                    + routingCase.version());
        }
        announce(routingCase, outgoing);
    }

    @Override
    public List<Pending> pendingOf(Collection<String> reportIds) {
        // by _id alone: a query naming more keys makes mongo-java-server scan the collection on every pass
        Query query = Query.query(Criteria.where("_id").in(reportIds));
        query.fields().include("outbox");
        List<Pending> pending = new ArrayList<>();
        for (Document doc : mongo.find(query, Document.class, RoutingCaseDocument.COLLECTION)) {
            List<Document> waiting = doc.getList("outbox", Document.class);
            if (waiting == null || waiting.isEmpty()) {
                continue;
            }
            List<OutboxMessage> messages = new ArrayList<>();
            for (Document entry : waiting) {
                messages.add(RoutingCaseMapping.message(mongo.getConverter().read(OutboxDoc.class, entry)));
            }
            pending.add(new Pending(doc.getString("_id"), messages));
        }
        return pending;
    }

    @Override
    public List<String> waitingSince(Instant createdBefore, int limit) {
        Query query = Query.query(Criteria.where("outbox.createdAt").lt(createdBefore)).limit(limit);
        query.fields().include("_id");
        return mongo.find(query, Document.class, RoutingCaseDocument.COLLECTION).stream()
                .map(doc -> doc.getString("_id")).toList();
    }

    @Override
    public void markSent(String reportId, Collection<String> messageIds) {
        if (messageIds.isEmpty()) {
            return;
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(reportId)),
                new Update().pull("outbox", Query.query(Criteria.where("id").in(messageIds))),
                RoutingCaseDocument.class);
    }

    private void announce(RoutingCase routingCase, List<OutboxMessage> outgoing) {
        if (!outgoing.isEmpty()) {
            events.publishEvent(new OutboxWritten(routingCase.id().value()));
        }
    }

    private Document toBson(OutboxDoc doc) {
        Document bson = new Document();
        mongo.getConverter().write(doc, bson);
        bson.remove("_class");
        return bson;
    }
}
