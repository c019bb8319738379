package org.minyi.intake.reference.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.bson.Document;
import org.minyi.intake.reference.domain.ReferenceData;
import org.minyi.intake.reference.domain.ReferenceEntry;
import org.minyi.intake.reference.domain.ReferenceKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reference lists in MongoDB, loaded from a seed file into the database where it lacks a list and held
 * in memory (they are small and read on every submission and every answer that names people).
 */
public class MongoReferenceData implements ReferenceData {

    private static final Logger log = LoggerFactory.getLogger(MongoReferenceData.class);
    private static final String COLLECTION = "reference";
    /** Personal details that the seed may carry but the platform does not serve. */
    private static final Set<String> NOT_SERVED = Set.of("gender");
    private static final int DUPLICATE_KEY = 11000;

    private final MongoTemplate mongo;
    private volatile Map<ReferenceKind, Map<String, ReferenceEntry>> entries = Map.of();

    public MongoReferenceData(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Loads from the seed every list the database does not hold yet — all of them into an empty database, a
     * list added to the seed later (the leaders) into one seeded before it — then reads everything into
     * memory. Lists already held are never touched: the office's changes stay. Replicas starting together
     * may seed the same entries; the entries' ids ({@code <kind>:<code>}) keep one of each.
     */
    public void seedAndLoad(Resource seed) {
        if (seed != null && seed.exists()) {
            seedMissingLists(seed);
        }
        reload();
    }

    private void seedMissingLists(Resource seed) {
        List<Document> seeded = parse(seed);
        List<Document> stored = mongo.findAll(Document.class, COLLECTION);
        Set<String> held = new HashSet<>();
        int next = 0;
        for (Document doc : stored) {
            held.add(doc.getString("kind"));
            next = Math.max(next, doc.getInteger("position", 0) + 1);
        }
        List<Document> missing = new ArrayList<>();
        for (Document doc : seeded) {
            if (!held.contains(doc.getString("kind"))) {
                missing.add(doc.append("position", next++));
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        int inserted;
        try {
            inserted = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, COLLECTION).insert(missing).execute()
                    .getInsertedCount();
        } catch (BulkOperationException e) {
            if (!e.getErrors().stream().allMatch(error -> error.getCode() == DUPLICATE_KEY)) {
                throw e;
            }
            inserted = e.getResult().getInsertedCount();
        }
        if (inserted > 0) {
            log.info("Loaded {} reference entries ({}) from {}", inserted,
                    missing.stream().map(doc -> doc.getString("kind")).distinct().toList(), seed.getDescription());
        }
    }

    public void reload() {
        Map<ReferenceKind, Map<String, ReferenceEntry>> loaded = new EnumMap<>(ReferenceKind.class);
        for (ReferenceKind kind : ReferenceKind.values()) {
            loaded.put(kind, new LinkedHashMap<>());
        }
        List<Document> all = mongo.findAll(Document.class, COLLECTION);
        all.sort(Comparator.comparing((Document d) -> d.getInteger("position", 0)));
        for (Document doc : all) {
            ReferenceKind.fromPath(doc.getString("kind")).ifPresent(kind -> {
                Map<String, String> attributes = new LinkedHashMap<>();
                Document extra = doc.get("attributes", Document.class);
                if (extra != null) {
                    extra.forEach((name, value) -> attributes.put(name, String.valueOf(value)));
                }
                ReferenceEntry entry = new ReferenceEntry(kind, doc.getString("code"), doc.getString("name"), attributes);
                loaded.get(kind).put(entry.code(), entry);
            });
        }
        entries = loaded;
    }

    @Override
    public List<ReferenceEntry> list(ReferenceKind kind) {
        return List.copyOf(entries.getOrDefault(kind, Map.of()).values());
    }

    @Override
    public Optional<ReferenceEntry> find(ReferenceKind kind, String code) {
        return Optional.ofNullable(entries.getOrDefault(kind, Map.of()).get(code));
    }

    private static List<Document> parse(Resource seed) {
        JsonNode root;
        try (InputStream in = seed.getInputStream()) {
            root = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read reference seed " + seed, e);
        }
        List<Document> documents = new ArrayList<>();
        int position = 0;
        for (ReferenceKind kind : ReferenceKind.values()) {
            for (JsonNode item : root.path(kind.path())) {
                Document attributes = new Document();
                for (String field : item.propertyNames()) {
                    if (!field.equals("code") && !field.equals("name") && !NOT_SERVED.contains(field)) {
                        attributes.append(field, item.path(field).asString());
                    }
                }
                String code = item.path("code").asString();
                documents.add(new Document("_id", kind.path() + ":" + code)
                        .append("kind", kind.path())
                        .append("code", code)
                        .append("name", item.path("name").asString())
                        .append("attributes", attributes)
                        .append("position", position++));
            }
        }
        return documents;
    }
}
