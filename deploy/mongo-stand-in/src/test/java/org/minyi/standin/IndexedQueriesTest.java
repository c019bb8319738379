package org.minyi.standin;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.gt;
import static com.mongodb.client.model.Filters.gte;
import static com.mongodb.client.model.Filters.lt;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.in;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The indexed stand-in answers exactly what mongo-java-server answers, over the wire, for the queries
 * this project makes (and some it does not) — through inserts, updates that move documents between
 * index keys, and deletes; and it answers the indexed ones without reading the whole collection.
 */
class IndexedQueriesTest {

    private static final String[] COMMITTEES = {"economy", "education", "health", "justice", "OFFICE"};
    private static final String[] STATUSES = {"SUBMITTED", "ROUTED", "UNDER_REVIEW", "ADOPTED", "RETURNED", "CLOSED"};
    private static final String[] UNITS = {"transport", "finance", "education", "health"};
    private static final long T0 = 1_780_000_000_000L;
    private static final String[] TOWNSHIPS = {"chengguan", "hekou", "xinji", "baisha", "longquan", "sanhe"};

    private final Random random = new Random(20261206);
    private final List<Server> servers = new ArrayList<>();

    @BeforeEach
    void start() {
        servers.add(new Server(new MemoryBackend()));
        servers.add(new Server(new IndexedMemoryBackend()));
        servers.add(new Server(new IndexedH2Backend(new MVStore.Builder().open())));
        for (Server server : servers) {
            server.reports.createIndex(Indexes.ascending("trackingNumber"), new IndexOptions().unique(true));
            server.reports.createIndex(Indexes.ascending("committee"));
            server.reports.createIndex(Indexes.ascending("committee", "status"));
            server.reports.createIndex(Indexes.ascending("content.authors"));
            server.reports.createIndex(Indexes.ascending("content.township"));
            // a compound index a query may name the leading key of only
            server.reports.createIndex(Indexes.compoundIndex(Indexes.ascending("status"), Indexes.descending("version")));
            server.reports.createIndex(Indexes.ascending("outbox.createdAt"));
            server.reports.createIndex(Indexes.ascending("tasks.unit"));
        }
    }

    @AfterEach
    void stop() {
        servers.forEach(Server::close);
    }

    @Test
    void everyQueryFindsWhatTheStandInFindsThroughChanges() {
        for (int i = 0; i < 400; i++) {
            Document report = report(i);
            servers.forEach(server -> server.reports.insertOne(Document.parse(report.toJson())));
        }
        for (int round = 0; round < 6; round++) {
            for (int q = 0; q < 60; q++) {
                Bson query = query();
                assertSameAnswers(() -> query);
            }
            for (int u = 0; u < 40; u++) {
                Bson which = query();
                Bson change = combine(set("committee", pick(COMMITTEES)), set("status", pick(STATUSES)),
                        set("content.authors", authors()), inc("version", 1));
                servers.forEach(server -> server.reports.updateMany(which, change));
            }
            Bson gone = eq("_id", "r" + random.nextInt(400));
            servers.forEach(server -> server.reports.deleteMany(gone));
        }
    }

    @Test
    void aQueryNamingAnIndexsKeysAmongOthersReadsNoCollectionScan() {
        Server indexed = servers.get(1);
        for (int i = 0; i < 200; i++) {
            indexed.reports.insertOne(report(i));
        }
        IndexedMemoryBackend.Collection collection = (IndexedMemoryBackend.Collection) ((MongoBackend) indexed.backend)
                .resolveDatabase("minyi").resolveCollection("reports", true);
        long before = collection.scans;

        indexed.reports.find(and(eq("_id", "r7"), eq("version", 0))).first();
        indexed.reports.updateOne(and(eq("_id", "r7"), eq("version", 0)), inc("version", 1));
        indexed.reports.find(and(eq("committee", "economy"), eq("status", "ROUTED"), ne("urgent", true))).first();
        indexed.reports.find(in("_id", List.of("r1", "r2"))).into(new ArrayList<>());
        indexed.reports.countDocuments(and(eq("content.authors", "m3"), eq("status", "ADOPTED")));
        indexed.reports.find(and(eq("status", "ROUTED"), eq("urgent", true))).first();
        indexed.reports.find(lt("outbox.createdAt", new Date(T0 + 500_000))).into(new ArrayList<>());
        indexed.reports.find(elemMatch("tasks", and(eq("unit", "transport"), eq("open", true)))).into(new ArrayList<>());
        assertThat(collection.scans).as("scans by indexed queries").isEqualTo(before);

        indexed.reports.find(eq("urgent", true)).first();
        assertThat(collection.scans).as("a query on no index's keys reads the collection").isEqualTo(before + 1);
    }

    private void assertSameAnswers(Supplier<Bson> query) {
        List<List<String>> answers = new ArrayList<>();
        for (Server server : servers) {
            List<String> ids = new ArrayList<>();
            server.reports.find(query.get()).sort(Sorts.ascending("_id"))
                    .forEach(doc -> ids.add(doc.getString("_id") + "@" + doc.get("version")));
            answers.add(ids);
        }
        assertThat(answers.get(1)).as("indexed memory for %s", query.get()).isEqualTo(answers.get(0));
        assertThat(answers.get(2)).as("indexed H2 for %s", query.get()).isEqualTo(answers.get(0));
        List<Long> counts = servers.stream().map(server -> server.reports.countDocuments(query.get())).toList();
        assertThat(counts).as("counts for %s", query.get()).containsOnly(counts.get(0));
    }

    private Bson query() {
        String id = "r" + random.nextInt(420);
        return switch (random.nextInt(23)) {
            case 0 -> eq("_id", id);
            case 1 -> and(eq("_id", id), eq("version", random.nextInt(3)));
            case 2 -> and(eq("_id", id), eq("version", (double) random.nextInt(3)));
            case 3 -> in("_id", List.of(id, "r" + random.nextInt(420), "nobody"));
            case 4 -> and(eq("_id", id), eq("status", pick(STATUSES)));
            case 5 -> eq("committee", pick(COMMITTEES));
            case 6 -> and(eq("committee", pick(COMMITTEES)), eq("status", pick(STATUSES)));
            case 7 -> in("committee", List.of(pick(COMMITTEES), pick(COMMITTEES)));
            case 8 -> eq("content.authors", "m" + random.nextInt(10));
            case 9 -> and(eq("content.township", pick(TOWNSHIPS)), eq("status", pick(STATUSES)));
            case 10 -> and(eq("content.authors", "m" + random.nextInt(10)), in("_id", List.of(id, "r1", "r2")));
            case 11 -> eq("committee", null);
            case 12 -> and(eq("committee", pick(COMMITTEES)), ne("status", pick(STATUSES)));
            case 13 -> eq("status", pick(STATUSES));
            case 14 -> and(eq("status", pick(STATUSES)), eq("version", random.nextInt(4)));
            case 15 -> and(in("status", List.of(pick(STATUSES), pick(STATUSES))), eq("urgent", true));
            case 16 -> lt("outbox.createdAt", new Date(T0 + random.nextInt(1000) * 1000L));
            case 17 -> and(gte("outbox.createdAt", new Date(T0 + random.nextInt(500) * 1000L)),
                    lt("outbox.createdAt", new Date(T0 + (500 + random.nextInt(500)) * 1000L)));
            case 18 -> gt("version", random.nextInt(3));
            case 19 -> elemMatch("tasks", and(eq("unit", pick(UNITS)), eq("open", true)));
            case 20 -> and(elemMatch("tasks", eq("unit", pick(UNITS))), eq("status", pick(STATUSES)));
            case 21 -> lte("outbox.createdAt", "not a date");
            default -> Document.parse("{\"$and\": [{\"committee\": \"" + pick(COMMITTEES) + "\"}, {\"committee\": \""
                    + pick(COMMITTEES) + "\"}]}");
        };
    }

    private Document report(int i) {
        Document report = new Document("_id", "r" + i).append("trackingNumber", String.format("SQ-2026-%06d", i + 1))
                .append("status", pick(STATUSES)).append("version", random.nextInt(3))
                .append("content", new Document("township", pick(TOWNSHIPS)).append("authors", authors()));
        int committee = random.nextInt(COMMITTEES.length + 2);
        if (committee < COMMITTEES.length) {
            report.append("committee", COMMITTEES[committee]);
        } else if (committee == COMMITTEES.length) {
            report.append("committee", null);
        }
        if (random.nextBoolean()) {
            report.append("urgent", random.nextBoolean());
        }
        List<Document> outbox = new ArrayList<>();
        for (int n = random.nextInt(3); n > 0; n--) {
            outbox.add(new Document("id", "m" + random.nextInt()).append("createdAt", new Date(T0 + random.nextInt(1000) * 1000L)));
        }
        report.append("outbox", outbox);
        List<Document> tasks = new ArrayList<>();
        for (int n = random.nextInt(3); n > 0; n--) {
            tasks.add(new Document("unit", pick(UNITS)).append("open", random.nextBoolean()));
        }
        report.append("tasks", tasks);
        return report;
    }

    private List<String> authors() {
        List<String> authors = new ArrayList<>();
        for (int n = random.nextInt(4); n > 0; n--) {
            authors.add("m" + random.nextInt(10));
        }
        return authors;
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static final class Server implements AutoCloseable {

        final Object backend;
        final MongoServer server;
        final MongoClient client;
        final MongoCollection<Document> reports;

        Server(de.bwaldvogel.mongo.backend.AbstractMongoBackend backend) {
            this.backend = backend;
            this.server = new MongoServer(backend);
            this.client = MongoClients.create(server.bindAndGetConnectionString());
            this.reports = client.getDatabase("minyi").getCollection("reports");
        }

        @Override
        public void close() {
            client.close();
            server.shutdownNow();
        }
    }
}
