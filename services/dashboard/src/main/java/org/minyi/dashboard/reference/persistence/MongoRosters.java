package org.minyi.dashboard.reference.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.bson.Document;
import org.minyi.dashboard.reference.domain.Member;
import org.minyi.dashboard.reference.domain.Roster;
import org.minyi.dashboard.reference.domain.Rosters;
import org.minyi.dashboard.reference.domain.Unit;
import org.minyi.dashboard.reference.domain.UnitKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The roster in MongoDB ({@code reference}): loaded from the seed file into an empty collection
 * once, then read into memory. It is configuration, not a projection, so a replay leaves it alone.
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

    /** Seeds the collection when it is empty, then loads it. */
    public void seedAndLoad(Resource seed) {
        if (mongo.estimatedCount(COLLECTION) == 0 && seed != null && seed.exists()) {
            List<Document> documents = parse(seed);
            mongo.insert(documents, COLLECTION);
            log.info("Loaded {} roster entries from {}", documents.size(), seed.getDescription());
        }
        reload();
    }

    public void reload() {
        List<Document> all = new ArrayList<>(mongo.findAll(Document.class, COLLECTION));
        all.sort(Comparator.comparing((Document d) -> d.getInteger("position", 0)));
        List<Member> members = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
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
            }
        }
        roster = new Roster(members, units);
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
        for (String kind : List.of("townships", "committees", "sectors", "members")) {
            for (JsonNode item : root.path(kind)) {
                String code = item.path("code").asString();
                Document doc = new Document("_id", kind + ":" + code).append("kind", kind).append("code", code)
                        .append("name", item.path("name").asString())
                        .append("nameEn", text(item, "nameEn"))
                        .append("position", position++);
                if (kind.equals("members")) {
                    doc.append("sector", text(item, "sector")).append("township", text(item, "township"));
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
