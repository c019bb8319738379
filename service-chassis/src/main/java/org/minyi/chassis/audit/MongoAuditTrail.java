package org.minyi.chassis.audit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.minyi.chassis.mongo.MongoPages;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The audit trail in its own collection, written only with inserts. In production the service's
 * database user can be granted insert and find on {@code audit} and nothing else.
 */
public class MongoAuditTrail implements AuditTrail {

    static final String COLLECTION = "audit";

    private final MongoTemplate mongo;

    public MongoAuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public void createIndexes() {
        mongo.indexOps(COLLECTION).createIndex(new Index("at", Sort.Direction.DESC));
        mongo.indexOps(COLLECTION).createIndex(new Index("principal", Sort.Direction.ASC).on("at", Sort.Direction.DESC));
        mongo.indexOps(COLLECTION).createIndex(new Index("object", Sort.Direction.ASC));
    }

    @Override
    public void append(AuditEntry entry) {
        mongo.insert(new AuditDocument(entry.id(), entry.at(), entry.principal(), entry.role(), entry.action(),
                entry.object(), entry.outcome().name(), entry.status(), entry.traceId(), entry.correlationId()),
                COLLECTION);
    }

    @Override
    public Found find(AuditTrail.Filter filter, int page, int size) {
        List<Criteria> conditions = new ArrayList<>();
        if (filter.principal() != null) {
            conditions.add(Criteria.where("principal").is(filter.principal()));
        }
        if (filter.object() != null) {
            conditions.add(Criteria.where("object").is(filter.object()));
        }
        if (filter.outcome() != null) {
            conditions.add(Criteria.where("outcome").is(filter.outcome().name()));
        }
        if (filter.from() != null) {
            conditions.add(Criteria.where("at").gte(filter.from()));
        }
        if (filter.to() != null) {
            conditions.add(Criteria.where("at").lt(filter.to()));
        }
        Query query = conditions.isEmpty() ? new Query() : Query.query(new Criteria().andOperator(conditions));
        MongoPages.Found<AuditEntry> found = MongoPages.read(mongo, query, AuditDocument.class, COLLECTION,
                Sort.by(Sort.Direction.DESC, "at"), page, size).map(AuditDocument::toEntry);
        return new Found(found.items(), found.total());
    }

    @Document(COLLECTION)
    record AuditDocument(@Id String id, Instant at, String principal, String role, String action, String object,
                         String outcome, int status, String traceId, String correlationId) {

        AuditEntry toEntry() {
            return new AuditEntry(id, at, principal, role, action, object, AuditEntry.Outcome.valueOf(outcome),
                    status, traceId, correlationId);
        }
    }
}
