package org.minyi.followup.config;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.chassis.outbox.OutboxMessage;
import org.minyi.chassis.outbox.OutboxStore;
import org.minyi.testing.TestInfrastructure;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Events that waited under the outbox's old field name are published after the upgrade like any other. */
class LegacyOutboxEntriesIT {

    private MongoClient client;
    private MongoTemplate mongo;

    @BeforeEach
    void freshDatabase() {
        client = MongoClients.create(TestInfrastructure.start().mongoUri());
        mongo = new MongoTemplate(client, "followup_legacy_" + UUID.randomUUID().toString().substring(0, 8));
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void entriesStoredWithAMessageIdAreReadByTheChassisInTheirOrder() {
        Date waitedSince = Date.from(Instant.parse("2026-03-15T08:30:00Z"));
        mongo.insert(new Document("_id", "r-1").append("version", 3L).append("outbox", List.of(
                legacy("m-1", waitedSince), legacy("m-2", waitedSince))), "handlings");
        mongo.insert(new Document("_id", "r-2").append("version", 1L).append("outbox", List.of()), "handlings");
        MongoOutbox outbox = new MongoOutbox(mongo, "handlings", event -> { }, Clock.systemUTC());

        LegacyOutboxEntries.rename(mongo, "handlings");

        List<OutboxStore.Pending> pending = outbox.pendingOf(List.of("r-1", "r-2"));
        assertThat(pending).singleElement().satisfies(p -> {
            assertThat(p.aggregateId()).isEqualTo("r-1");
            assertThat(p.messages()).extracting(OutboxMessage::id).containsExactly("m-1", "m-2");
            assertThat(p.messages().get(0).headers()).containsEntry("ce_type", "minyi.status.ReportFlagged.v1");
        });
        assertThat(outbox.waitingSince(Instant.now(), 10)).containsExactly("r-1");
        outbox.markSent("r-1", List.of("m-1", "m-2"));
        assertThat(outbox.pendingOf(List.of("r-1"))).isEmpty();
    }

    private static Document legacy(String messageId, Date createdAt) {
        return new Document("messageId", messageId).append("destination", "report-status").append("key", "r-1")
                .append("headers", new Document(Map.of("ce_type", "minyi.status.ReportFlagged.v1")))
                .append("payload", "{}").append("createdAt", createdAt);
    }
}
