package org.minyi.chassis.outbox;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The outbox array inside aggregate documents, over the MongoDB wire protocol. */
class MongoOutboxTest {

    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    private final MongoServer server = new MongoServer(new MemoryBackend());
    private final MongoClient client = MongoClients.create(server.bindAndGetConnectionString());
    private final MongoTemplate mongo = new MongoTemplate(client, "chassis");
    private final List<Object> nudges = new ArrayList<>();
    private final MongoOutbox outbox = new MongoOutbox(mongo, "things", nudges::add, Clock.fixed(T0, ZoneOffset.UTC));

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void anInsertStoresTheAggregateWithItsEventsAndNudgesTheRelay() {
        outbox.insert(new Thing("t1", "new"), "t1", List.of(message("m1"), message("m2")));

        Document stored = mongo.findById("t1", Document.class, "things");
        assertThat(stored.getString("state")).isEqualTo("new");
        assertThat(waiting("t1")).containsExactly("m1", "m2");
        assertThat(nudges).containsExactly(new OutboxWritten("things", "t1"));
    }

    @Test
    void anUpdatePushesMoreEventsBehindTheWaitingOnes() {
        outbox.insert(new Thing("t1", "new"), "t1", List.of(message("m1")));
        mongo.updateFirst(Query.query(Criteria.where("_id").is("t1")),
                outbox.push(new Update().set("state", "claimed"), List.of(message("m2"), message("m3"))), "things");

        assertThat(waiting("t1")).containsExactly("m1", "m2", "m3");
    }

    @Test
    void sentEventsAreRemovedAndAggregatesWithNothingWaitingAreLeftOut() {
        outbox.insert(new Thing("t1", "new"), "t1", List.of(message("m1"), message("m2")));
        outbox.insert(new Thing("t2", "new"), "t2", List.of(message("m3")));

        outbox.markSent("t1", List.of("m1"));
        outbox.markSent("t2", List.of("m3"));

        assertThat(outbox.pendingOf(List.of("t1", "t2"))).extracting(OutboxStore.Pending::aggregateId)
                .containsExactly("t1");
        assertThat(waiting("t1")).containsExactly("m2");
    }

    @Test
    void oneCallClearsWhatARelayPassSentFromManyAggregates() {
        outbox.insert(new Thing("t1", "new"), "t1", List.of(message("m1"), message("m2")));
        outbox.insert(new Thing("t2", "new"), "t2", List.of(message("m3")));

        outbox.markSent(Map.of("t1", List.of("m1"), "t2", List.of("m3")));

        assertThat(waiting("t1")).containsExactly("m2");
        assertThat(waiting("t2")).isEmpty();
    }

    @Test
    void theSweepFindsEventsWrittenBeforeItsMark() {
        outbox.insert(new Thing("t1", "new"), "t1", List.of(message("m1")));
        outbox.insert(new Thing("t2", "new"), "t2", List.of());

        assertThat(outbox.waitingSince(T0.plusSeconds(1), 10)).containsExactly("t1");
        assertThat(outbox.waitingSince(T0, 10)).isEmpty();
    }

    @Test
    void headersAndPayloadSurviveTheRoundTrip() {
        OutboxMessage sent = new OutboxMessage("m1", "report-status", "r1",
                Map.of("ce_id", "m1", "traceparent", "00-abc-def-01"), "{\"标题\":\"城关镇\"}");
        outbox.insert(new Thing("t1", "new"), "t1", List.of(sent));

        assertThat(outbox.pendingOf(List.of("t1")).get(0).messages()).containsExactly(sent);
    }

    @Test
    void anUpdateWritesTheNewStateAndItsEventsOnlyOverTheVersionItWasDecidedOn() {
        outbox.insert(new Versioned("v1", "new", "first note", 0), "v1", List.of(message("m1")));

        outbox.update(new Versioned("v1", "claimed", null, 0), "v1", 0, List.of(message("m2")));

        Document stored = mongo.findById("v1", Document.class, "things");
        assertThat(stored.getString("state")).isEqualTo("claimed");
        assertThat(stored).doesNotContainKey("note");
        assertThat(((Number) stored.get("version")).longValue()).isEqualTo(1);
        assertThat(waiting("v1")).containsExactly("m1", "m2");
        assertThatThrownBy(() -> outbox.update(new Versioned("v1", "adopted", null, 0), "v1", 0,
                List.of(message("m3")))).isInstanceOf(ConcurrentWrite.class);
        assertThat(mongo.findById("v1", Document.class, "things").getString("state")).isEqualTo("claimed");
        assertThat(waiting("v1")).containsExactly("m1", "m2");
    }

    @Test
    void nothingWrittenNudgesNothing() {
        outbox.written("t1", List.of());

        assertThat(nudges).isEmpty();
        assertThat(outbox.push(new Update(), List.of()).getUpdateObject()).doesNotContainKey("$push");
    }

    private List<String> waiting(String id) {
        return outbox.pendingOf(List.of(id)).stream().flatMap(p -> p.messages().stream()).map(OutboxMessage::id)
                .toList();
    }

    private static OutboxMessage message(String id) {
        return new OutboxMessage(id, "report-status", "r1", Map.of("ce_id", id), "{}");
    }

    record Thing(String id, String state) {
    }

    record Versioned(String id, String state, String note, long version) {
    }
}
