package org.minyi.standin;

import java.lang.reflect.Field;
import java.util.List;
import java.util.stream.Stream;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.backend.DatabaseResolver;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.oplog.Oplog;
import io.netty.channel.Channel;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

/**
 * mongo-java-server's H2 file backend (the local platform's database), answering queries from indexes
 * ({@link IndexedQueries}); non-unique indexes are kept in memory and rebuilt when the file is opened.
 */
public class IndexedH2Backend extends H2Backend {

    public IndexedH2Backend(MVStore store) {
        super(store);
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    static final class Database extends H2Database {

        /** mongo-java-server 1.47's name for the store its H2 database keeps, set before collections open. */
        private static final String STORE_FIELD = "mvStore";

        Database(String databaseName, MVStore store, CursorRegistry cursorRegistry) {
            super(databaseName, store, cursorRegistry);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVStore store = store();
            MVMap<Object, Document> data = store.openMap("databases." + fullName);
            MVMap<String, Object> meta = store.openMap("meta." + fullName);
            return new Collection(this, collectionName, options, data, meta, cursorRegistry);
        }

        @Override
        public Document handleCommand(Channel channel, String command, Document query, DatabaseResolver resolver,
                                      Oplog oplog) {
            Document answer = IndexedAggregation.answer(this, command, query, resolver, oplog);
            return answer != null ? answer : super.handleCommand(channel, command, query, resolver, oplog);
        }

        @Override
        protected Index<Object> openOrCreateSecondaryIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                           boolean sparse) {
            return new SecondaryIndex<>(indexName, keys, sparse);
        }

        /** The store, read from the superclass: this runs inside its constructor, before a field of ours could be set. */
        private MVStore store() {
            try {
                Field field = H2Database.class.getDeclaredField(STORE_FIELD);
                field.setAccessible(true);
                return (MVStore) field.get(this);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("mongo-java-server's H2Database no longer keeps its store in "
                        + STORE_FIELD + "; update the stand-in", e);
            }
        }
    }

    static final class Collection extends H2Collection implements IndexedAggregation.IndexedCollection {

        Collection(MongoDatabase database, String collectionName, CollectionOptions options,
                   MVMap<Object, Document> data, MVMap<String, Object> meta, CursorRegistry cursorRegistry) {
            super(database, collectionName, options, data, meta, cursorRegistry);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int numberToSkip, int limit,
                                             int batchSize, Document fieldSelector) {
            List<Object> candidates = IndexedQueries.candidates(getIndexes(), query);
            if (candidates == null) {
                return super.queryDocuments(query, orderBy, numberToSkip, limit, batchSize, fieldSelector);
            }
            return matchDocuments(query, candidates, orderBy, numberToSkip, limit, batchSize, fieldSelector);
        }

        @Override
        public Stream<Document> matching(Document filter) {
            List<Object> candidates = IndexedQueries.candidates(getIndexes(), filter);
            return candidates == null ? null
                    : candidates.stream().map(this::getDocument).filter(document -> documentMatchesQuery(document, filter));
        }
    }
}
