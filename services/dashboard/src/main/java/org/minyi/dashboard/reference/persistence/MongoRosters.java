package org.minyi.dashboard.reference.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.minyi.dashboard.reference.domain.HandlingUnit;
import org.minyi.dashboard.reference.domain.Member;
import org.minyi.dashboard.reference.domain.Roster;
import org.minyi.dashboard.reference.domain.Rosters;
import org.minyi.dashboard.reference.domain.Unit;
import org.minyi.dashboard.reference.domain.UnitKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The roster in MongoDB ({@code reference}): each kind of entry is loaded from the seed file once, when the
 * collection holds none of that kind (so a database seeded before handling units were kept gains them), then
 * read into memory. It is configuration, not a projection, so a replay leaves it alone.
 * Personal details the seed carries beyond codes and names (gender) are not kept.
 */
public class MongoRosters implements Rosters {

    private static final Logger log = LoggerFactory.getLogger(MongoRosters.class);
    static final String COLLECTION = "reference";

    private final MongoTemplate mongo;
    private volatile Roster roster = new Roster(List.of(), List.of());

    public MongoRosters(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Seeds each kind of entry the collection holds none of, then loads it. */
    public void seedAndLoad(Resource seed) {
        if (seed != null && seed.exists()) {
            mongo.indexOps(COLLECTION).createIndex(new Index("kind", Sort.Direction.ASC));
            Map<String, Boolean> missing = new HashMap<>();
            List<Document> documents = parse(seed).stream().filter(entry -> missing.computeIfAbsent(
                    entry.getString("kind"), kind -> !mongo.exists(Query.query(Criteria.where("kind").is(kind)),
                            COLLECTION))).toList();
            if (!documents.isEmpty()) {
                mongo.insert(documents, COLLECTION);
                log.info("Loaded {} roster entries from {}", documents.size(), seed.getDescription());
            }
        }
        reload();
    }

    public void reload() {
        List<Document> all = new ArrayList<>(mongo.findAll(Document.class, COLLECTION));
        all.sort(Comparator.comparing((Document d) -> d.getInteger("position", 0)));
        List<Member> members = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        List<HandlingUnit> handlingUnits = new ArrayList<>();
        for (Document doc : all) {
            String kind = doc.getString("kind");
            String code = doc.getString("code");
            String name = doc.getString("name");
            String nameEn = doc.getString("nameEn");
            if ("members".equals(kind)) {
                members.add(new Member(code, name, nameEn, doc.getString("sector"), doc.getString("township")));
            } else if ("committees".equals(kind)) {
                units.add(new Unit(UnitKind.COMMITTEE, code, name, nameEn));
            } else if ("townships".equals(kind)) {
                units.add(new Unit(UnitKind.STATION, code, name, nameEn));
            } else if ("sectors".equals(kind)) {
                units.add(new Unit(UnitKind.SECTOR, code, name, nameEn));
            } else if ("units".equals(kind)) {
                handlingUnits.add(new HandlingUnit(code, name, nameEn, doc.getString("unitKind")));
            }
        }
        roster = new Roster(members, units, handlingUnits);
    }

    @Override
    public Roster current() {
        return roster;
    }

    private static List<Document> parse(Resource seed) {
        JsonNode root;
        try (InputStream in = seed.getInputStream()) {
            root = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the reference seed " + seed, e);
        }
        List<Document> documents = new ArrayList<>();
        int position = 0;
        for (String kind : List.of("townships", "committees", "sectors", "members", "units")) {
            for (JsonNode item : root.path(kind)) {
                String code = item.path("code").asString();
                Document doc = new Document("_id", kind + ":" + code).append("kind", kind).append("code", code)
                        .append("name", item.path("name").asString())
                        .append("nameEn", text(item, "nameEn"))
                        .append("position", position++);
                if (kind.equals("members")) {
                    doc.append("sector", text(item, "sector")).append("township", text(item, "township"));
                } else if (kind.equals("units")) {
                    doc.append("unitKind", text(item, "kind"));
                }
                documents.add(doc);
            }
        }
        return documents;
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.path(field);
        return value.isMissingNode() || value.isNull() ? null : value.asString();
    }
}
