package org.minyi.standin;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.ValueComparator;
import de.bwaldvogel.mongo.bson.Document;

/**
 * A non-unique index, which mongo-java-server lacks (it accepts the declaration and ignores it): the
 * positions of the documents per key value, multikey over arrays as MongoDB's are, and — as MongoDB's
 * compound indexes do — per value of each leading part of the keys, so a query that names the first
 * keys only is answered from it too. Kept in memory and filled from the collection when the index is
 * opened, so the H2 file needs no format of its own.
 */
final class SecondaryIndex<P> extends Index<P> {

    /** For each prefix length n (index n - 1): the positions per value of the first n keys. */
    private final List<Map<KeyValue, Set<P>>> byPrefix = new ArrayList<>();
    private final Map<P, Set<KeyValue>> keysOf = new HashMap<>();
    private final Map<Object, P> byId = new HashMap<>();

    SecondaryIndex(String name, List<IndexKey> keys, boolean sparse) {
        super(name, keys, sparse);
        // the first key in order (its ranges), the longer prefixes hashed
        byPrefix.add(new TreeMap<>((a, b) -> ValueComparator.asc().compare(a.get(0), b.get(0))));
        for (int i = 1; i < keys.size(); i++) {
            byPrefix.add(new HashMap<>());
        }
    }

    @Override
    public synchronized P getPosition(Document document) {
        // not unique: it cannot name one document's position, the unique indexes do
        return null;
    }

    @Override
    public void checkAdd(Document document, MongoCollection<P> collection) {
        getKeyValues(document);
    }

    @Override
    public synchronized void add(Document document, P position, MongoCollection<P> collection) {
        Set<KeyValue> values = getKeyValues(document);
        for (KeyValue value : values) {
            for (int n = 1; n <= value.size(); n++) {
                byPrefix.get(n - 1).computeIfAbsent(prefix(value, n), v -> new LinkedHashSet<>()).add(position);
            }
        }
        keysOf.put(position, values);
        byId.put(document.get("_id"), position);
    }

    @Override
    public synchronized P remove(Document document) {
        P position = byId.remove(document.get("_id"));
        if (position != null) {
            unlink(position);
        }
        return position;
    }

    /**
     * A query on the first keys of the index (all of them, or a leading part) by equality, or on the first
     * key alone by {@code $in} or a range ({@code $gt}, {@code $gte}, {@code $lt}, {@code $lte}).
     */
    @Override
    public synchronized boolean canHandle(Document query) {
        List<String> keys = keys();
        if (query.isEmpty() || query.size() > keys.size()
                || !query.keySet().equals(new LinkedHashSet<>(keys.subList(0, query.size())))) {
            return false;
        }
        for (Object value : query.values()) {
            if (!IndexedQueries.isPlainValue(value) && !(query.size() == 1
                    && (IndexedQueries.isPlainIn(value) || IndexedQueries.isPlainRange(value)))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public synchronized Iterable<P> getPositions(Document query) {
        int n = query.size();
        Object first = query.values().iterator().next();
        if (n == 1 && IndexedQueries.isPlainRange(first)) {
            return range((Document) first);
        }
        SecondaryIndex<P> leading = n == keys().size() ? this : new SecondaryIndex<>(getName(), getKeys().subList(0, n), false);
        Set<P> positions = new LinkedHashSet<>();
        for (Document equality : equalities(query)) {
            for (KeyValue value : leading.getKeyValues(nested(equality))) {
                positions.addAll(byPrefix.get(n - 1).getOrDefault(value, Set.of()));
            }
        }
        return positions;
    }

    @Override
    public synchronized long getCount() {
        return byId.size();
    }

    @Override
    public long getDataSize() {
        return 0;
    }

    @Override
    public void checkUpdate(Document oldDocument, Document newDocument, MongoCollection<P> collection) {
        getKeyValues(newDocument);
    }

    @Override
    public synchronized void updateInPlace(Document oldDocument, Document newDocument, P position,
                                           MongoCollection<P> collection) {
        unlink(position);
        add(newDocument, position, collection);
    }

    @Override
    public synchronized void drop() {
        byPrefix.forEach(Map::clear);
        keysOf.clear();
        byId.clear();
    }

    private void unlink(P position) {
        Set<KeyValue> values = keysOf.remove(position);
        if (values == null) {
            return;
        }
        for (KeyValue value : values) {
            for (int n = 1; n <= value.size(); n++) {
                Map<KeyValue, Set<P>> map = byPrefix.get(n - 1);
                KeyValue key = prefix(value, n);
                Set<P> positions = map.get(key);
                if (positions != null) {
                    positions.remove(position);
                    if (positions.isEmpty()) {
                        map.remove(key);
                    }
                }
            }
        }
    }

    /** The positions whose first key lies in the range (a superset across types: the query's filter decides). */
    private Set<P> range(Document bounds) {
        NavigableMap<KeyValue, Set<P>> ordered = (NavigableMap<KeyValue, Set<P>>) byPrefix.get(0);
        SecondaryIndex<P> leading = new SecondaryIndex<>(getName(), getKeys().subList(0, 1), false);
        NavigableMap<KeyValue, Set<P>> selected = ordered;
        for (Map.Entry<String, Object> bound : bounds.entrySet()) {
            KeyValue at = leading.getKeyValues(nested(new Document(getKeys().get(0).getKey(), bound.getValue())))
                    .iterator().next();
            selected = switch (bound.getKey()) {
                case "$gt" -> selected.tailMap(at, false);
                case "$gte" -> selected.tailMap(at, true);
                case "$lt" -> selected.headMap(at, false);
                default -> selected.headMap(at, true);
            };
        }
        Set<P> positions = new LinkedHashSet<>();
        selected.values().forEach(positions::addAll);
        return positions;
    }

    private static KeyValue prefix(KeyValue value, int n) {
        return n == value.size() ? value : new KeyValue(value.stream().limit(n).toList());
    }

    /** One equality per value of a single key's {@code $in}, else the query itself. */
    private List<Document> equalities(Document query) {
        if (query.size() == 1) {
            Map.Entry<String, Object> only = query.entrySet().iterator().next();
            if (IndexedQueries.isPlainIn(only.getValue())) {
                Collection<?> values = (Collection<?>) ((Document) only.getValue()).get("$in");
                return values.stream().map(value -> new Document(only.getKey(), value)).toList();
            }
        }
        return List.of(query);
    }

    /** {@code {"a.b": v}} as {@code {a: {b: v}}}, the shape the key values are read from. */
    private static Document nested(Document flat) {
        Document nested = new Document();
        for (Map.Entry<String, Object> entry : flat.entrySet()) {
            Document at = nested;
            String[] path = entry.getKey().split("\\.");
            for (int i = 0; i < path.length - 1; i++) {
                Object next = at.get(path[i]);
                if (!(next instanceof Document)) {
                    next = new Document();
                    at.put(path[i], next);
                }
                at = (Document) next;
            }
            at.put(path[path.length - 1], entry.getValue());
        }
        return nested;
    }
}
