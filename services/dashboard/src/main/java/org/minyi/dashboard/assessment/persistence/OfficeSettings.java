package org.minyi.dashboard.assessment.persistence;

import java.time.Instant;
import java.util.Optional;

import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * One office setting per year in a collection of its own ({@code _id} = year): each change sets the
 * setting's fields and appends them, with who, when and the correlation id, to {@code history} in the
 * same single-document write. The office's settings are not projections: a replay leaves them alone.
 */
final class OfficeSettings {

    private final MongoTemplate mongo;
    private final String collection;

    OfficeSettings(MongoTemplate mongo, String collection) {
        this.mongo = mongo;
        this.collection = collection;
    }

    /** The year's setting as stored, while the office has set one. */
    Optional<Document> of(int year) {
        return Optional.ofNullable(mongo.findById(year, Document.class, collection));
    }

    /** Replaces the year's setting by {@code state} and appends it to the history, in one upsert. */
    void put(int year, Document state, String by, Instant at, String correlationId) {
        Update update = new Update();
        state.forEach(update::set);
        update.set("updatedAt", at).set("updatedBy", by)
                .push("history", new Document(state).append("at", at).append("by", by)
                        .append("correlationId", correlationId));
        mongo.upsert(Query.query(Criteria.where("_id").is(year)), update, collection);
    }
}
