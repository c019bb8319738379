package org.minyi.intake.reference.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minyi.intake.reference.domain.ReferenceEntry;
import org.minyi.intake.reference.domain.ReferenceKind;
import org.minyi.testing.TestInfrastructure;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** The reference lists on the database: seeded where a list is missing, never over what is held. */
class MongoReferenceDataIT {

    private static final Resource SEED = new ClassPathResource("demo-data/reference-data.json");

    private MongoClient client;
    private MongoTemplate mongo;

    @BeforeEach
    void freshDatabase() {
        client = MongoClients.create(TestInfrastructure.start().mongoUri());
        mongo = new MongoTemplate(client, "intake_reference_" + UUID.randomUUID().toString().substring(0, 8));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void anEmptyDatabaseGetsEveryListOfTheSeedLeadersIncluded() {
        MongoReferenceData reference = new MongoReferenceData(mongo);

        reference.seedAndLoad(SEED);

        assertThat(reference.list(ReferenceKind.TOWNSHIPS)).hasSize(19);
        assertThat(reference.list(ReferenceKind.MEMBERS)).hasSize(300);
        assertThat(reference.list(ReferenceKind.LEADERS)).hasSize(9).first().satisfies(leader -> {
            assertThat(leader.code()).isEqualTo("party-secretary");
            assertThat(leader.attribute("title")).isEqualTo("县委书记");
            assertThat(leader.attribute("level")).isEqualTo("COUNTY");
        });
        assertThat(reference.find(ReferenceKind.LEADERS, "city-mayor")).map(l -> l.attribute("level")).contains("CITY");
    }

    @Test
    void aDatabaseSeededBeforeTheLeadersGetsThemAndKeepsWhatItHolds() {
        mongo.insert(new Document("_id", "townships:chengguan").append("kind", "townships").append("code", "chengguan")
                .append("name", "城关镇（县城）").append("attributes", new Document()).append("position", 0), "reference");
        mongo.insert(new Document("_id", "units:transport").append("kind", "units").append("code", "transport")
                .append("name", "县交通运输局").append("attributes", new Document()).append("position", 7), "reference");
        MongoReferenceData reference = new MongoReferenceData(mongo);

        reference.seedAndLoad(SEED);

        assertThat(reference.list(ReferenceKind.TOWNSHIPS)).extracting(ReferenceEntry::name)
                .as("a list already held is not touched").containsExactly("城关镇（县城）");
        assertThat(reference.list(ReferenceKind.UNITS)).hasSize(1);
        assertThat(reference.list(ReferenceKind.LEADERS)).extracting(ReferenceEntry::code)
                .startsWith("party-secretary", "county-head").endsWith("city-mayor").hasSize(9);
        assertThat(reference.list(ReferenceKind.MEMBERS)).hasSize(300);
        assertThat(mongo.findById("leaders:party-secretary", Document.class, "reference").getInteger("position"))
                .as("after what was held").isGreaterThan(7);
    }

    @Test
    void seedingAgainAddsNothing() {
        new MongoReferenceData(mongo).seedAndLoad(SEED);
        long count = mongo.getCollection("reference").countDocuments();

        new MongoReferenceData(mongo).seedAndLoad(SEED);

        assertThat(mongo.getCollection("reference").countDocuments()).isEqualTo(count);
    }

    @Test
    void replicasStartingTogetherSeedEachEntryOnce() throws Exception {
        int replicas = 4;
        CyclicBarrier together = new CyclicBarrier(replicas);
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        List<Future<Integer>> started = new ArrayList<>();
        for (int i = 0; i < replicas; i++) {
            started.add(pool.submit(() -> {
                MongoReferenceData reference = new MongoReferenceData(mongo);
                together.await();
                reference.seedAndLoad(SEED);
                return reference.list(ReferenceKind.LEADERS).size();
            }));
        }
        for (Future<Integer> replica : started) {
            assertThat(replica.get()).isEqualTo(9);
        }
        pool.shutdown();

        assertThat(mongo.getCollection("reference").countDocuments(new Document("kind", "leaders"))).isEqualTo(9);
    }
}
