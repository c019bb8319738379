package org.minyi.standin;

import java.util.List;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.backend.aggregation.Aggregation;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;

/**
 * An aggregation that starts with {@code $match} reads the documents the match's index names rather than
 * the whole collection — above all {@code countDocuments}, which the driver sends as
 * {@code [{$match}, {$group: {n: {$sum: 1}}}]} and which mongo-java-server would answer by a scan.
 */
final class IndexedAggregation {

    /** A collection that can find what a filter matches through its indexes. */
    interface IndexedCollection {

        /** The documents matching {@code filter}, found through an index; {@code null} when no index helps. */
        Stream<Document> matching(Document filter);
    }

    private IndexedAggregation() {
    }

    /** The answer to an {@code aggregate} command, or {@code null} to leave it to mongo-java-server. */
    static Document answer(MongoDatabase database, String command, Document query, DatabaseResolver resolver,
                           Oplog oplog) {
        if (!"aggregate".equalsIgnoreCase(command) || !(query.get(command) instanceof String name)
                || !(query.get("pipeline") instanceof List<?> stages) || stages.isEmpty()
                || !(stages.get(0) instanceof Document first) || first.size() != 1
                || !(first.get("$match") instanceof Document filter)) {
            return null;
        }
        MongoCollection<?> collection = database.resolveCollection(name, false);
        if (!(collection instanceof IndexedCollection indexed)) {
            return null;
        }
        Stream<Document> matched = indexed.matching(filter);
        if (matched == null) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Document> rest = (List<Document>) stages.subList(1, stages.size());
        Aggregation aggregation = Aggregation.fromPipeline(rest, resolver, database, collection, oplog);
        aggregation.validate(query);
        Document cursor = new Document("id", 0L).append("ns", database.getDatabaseName() + "." + name)
                .append("firstBatch", aggregation.runStages(matched));
        return new Document("cursor", cursor).append("ok", 1.0);
    }
}
