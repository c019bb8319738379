package org.minyi.standin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * Finds the index that answers a query, as MongoDB's planner would for the queries this project makes:
 * an index whose keys — all of them, or for a compound non-unique index its leading ones — the query
 * names with an equality (or {@code $in} or a range on the first) at the top level, inside {@code $and}
 * or inside an {@code $elemMatch} gives the candidate documents, and the whole query is then applied to them. mongo-java-server uses an index only when the query names exactly its keys and
 * nothing else; a query such as {@code {_id, version}} would otherwise read the whole collection.
 *
 * <p>Narrowing by one conjunct never loses a match (every match satisfies every conjunct), and the full
 * filter applied afterwards never adds one, so the answers are the stand-in's own — only found faster.
 */
final class IndexedQueries {

    private static final Set<String> RANGES = Set.of("$gt", "$gte", "$lt", "$lte");

    private IndexedQueries() {
    }

    /**
     * The positions of the documents that may match, from the index that narrows the query most; {@code null}
     * when no index can narrow it (the caller scans, as mongo-java-server does).
     */
    static <P> List<P> candidates(List<Index<P>> indexes, Document query) {
        Map<String, Object> conjuncts = conjuncts(query);
        List<P> narrowest = null;
        for (Index<P> index : indexes) {
            Document lookup = lookup(index, conjuncts);
            if (lookup == null || !index.canHandle(lookup)) {
                continue;
            }
            List<P> positions = new ArrayList<>();
            index.getPositions(lookup).forEach(positions::add);
            if (narrowest == null || positions.size() < narrowest.size()) {
                narrowest = positions;
            }
            if (narrowest.size() <= 1) {
                break;
            }
        }
        return narrowest;
    }

    /** The equalities a query is the conjunction of: its top-level fields and those inside {@code $and}. */
    static Map<String, Object> conjuncts(Document query) {
        Map<String, Object> conjuncts = new LinkedHashMap<>();
        collect(query, conjuncts);
        return conjuncts;
    }

    private static void collect(Document query, Map<String, Object> conjuncts) {
        for (Map.Entry<String, Object> entry : query.entrySet()) {
            if ("$and".equals(entry.getKey()) && entry.getValue() instanceof Collection<?> parts) {
                for (Object part : parts) {
                    if (part instanceof Document document) {
                        collect(document, conjuncts);
                    }
                }
            } else if (!entry.getKey().startsWith("$")) {
                conjuncts.putIfAbsent(entry.getKey(), entry.getValue());
                if (entry.getValue() instanceof Document operator && operator.size() == 1
                        && operator.get("$elemMatch") instanceof Document element) {
                    // an element that matches has each of these fields: the multikey index on array.field names it
                    Map<String, Object> inside = new LinkedHashMap<>();
                    collect(element, inside);
                    inside.forEach((field, value) -> conjuncts.putIfAbsent(entry.getKey() + "." + field, value));
                }
            }
        }
    }

    /**
     * The part of the query on the index's keys, in the form the index answers; {@code null} if it cannot.
     * A non-unique index also answers for its leading keys, as a compound index does in MongoDB.
     */
    private static <P> Document lookup(Index<P> index, Map<String, Object> conjuncts) {
        List<IndexKey> keys = index.getKeys();
        Document lookup = new Document();
        for (IndexKey key : keys) {
            Object value = conjuncts.get(key.getKey());
            boolean first = lookup.isEmpty();
            if (isPlainValue(value) || first && isPlainIn(value) && (keys.size() == 1 || index instanceof SecondaryIndex)
                    || first && isPlainRange(value) && index instanceof SecondaryIndex) {
                lookup.put(key.getKey(), value);
                if (!isPlainValue(value)) {
                    break;
                }
            } else {
                break;
            }
        }
        boolean whole = lookup.size() == keys.size();
        return lookup.isEmpty() || !whole && !(index instanceof SecondaryIndex) ? null : lookup;
    }

    /** A value an equality on it can be looked up by: not null, not an operator, an array or a pattern. */
    static boolean isPlainValue(Object value) {
        return value != null && !(value instanceof Document) && !(value instanceof Collection)
                && !(value instanceof Pattern) && !(value instanceof BsonRegularExpression);
    }

    /** {@code {$gt|$gte|$lt|$lte: plain value, …}}: one bound or two. */
    static boolean isPlainRange(Object value) {
        return value instanceof Document operator && !operator.isEmpty() && operator.size() <= 2
                && operator.entrySet().stream().allMatch(bound -> RANGES.contains(bound.getKey())
                        && isPlainValue(bound.getValue()));
    }

    /** {@code {$in: [plain values]}}. */
    static boolean isPlainIn(Object value) {
        return value instanceof Document operator && operator.size() == 1
                && operator.get("$in") instanceof Collection<?> values
                && values.stream().allMatch(IndexedQueries::isPlainValue);
    }
}
