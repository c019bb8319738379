package org.minyi.followup.journey.persistence;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.chassis.outbox.OutboxStore;
import org.minyi.followup.journey.domain.Journey;
import org.minyi.followup.journey.domain.ReportStatus;
import org.minyi.followup.journey.domain.StatusChange;
import org.minyi.followup.journey.domain.StatusNoticed;
import org.minyi.followup.journey.domain.Submission;
import org.minyi.testing.TestInfrastructure;
import org.minyi.testing.contracts.OutboxStoreContract;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The journey store keeps the outbox contract: the authors are told the report was routed, then returned. A
 * write that another writer overtook stores nothing and throws the chassis's {@link ConcurrentWrite}.
 */
class JourneysOutboxContractIT extends OutboxStoreContract {

    private static final Instant NOW = Instant.parse("2026-03-15T08:30:00Z");

    private MongoClient client;
    private MongoOutbox outbox;
    private MongoJourneys journeys;

    @BeforeEach
    void freshDatabase() {
        client = MongoClients.create(TestInfrastructure.start().mongoUri());
        MongoTemplate mongo = new MongoTemplate(client,
                "followup_outbox_" + UUID.randomUUID().toString().substring(0, 8));
        outbox = new MongoOutbox(mongo, "journeys", nudges(), Clock.systemUTC());
        journeys = new MongoJourneys(mongo, outbox, translation());
        journeys.createIndexes();
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Override
    protected OutboxStore store() {
        return outbox;
    }

    @Override
    protected String create() {
        Journey journey = Journey.begin(UUID.randomUUID().toString());
        journey.learn(new Submission(UUID.randomUUID(), "SQ-2026-000123", "chengguan", List.of("m0004"),
                "member-m0004", 1, NOW), NOW);
        List<StatusNoticed> routed = journey.observe(change(ReportStatus.ROUTED, 2), NOW);
        journeys.add(journey, routed);
        return journey.reportId();
    }

    @Override
    protected void change(String aggregateId) {
        Journey journey = journeys.find(aggregateId).orElseThrow();
        journeys.update(journey, journey.observe(change(ReportStatus.RETURNED, 4), NOW));
    }

    @Test
    void aChangeToAJourneyChangedSinceItWasReadStoresNothing() {
        String id = create();
        Journey first = journeys.find(id).orElseThrow();
        Journey stale = journeys.find(id).orElseThrow();
        journeys.update(first, first.observe(change(ReportStatus.RETURNED, 4), NOW));

        assertThatThrownBy(() -> journeys.update(stale, stale.observe(change(ReportStatus.ADOPTED, 5), NOW)))
                .isInstanceOf(ConcurrentWrite.class);

        Journey stored = journeys.find(id).orElseThrow();
        assertThat(stored.status()).isEqualTo(ReportStatus.RETURNED);
        assertThat(stored.version()).isEqualTo(first.version() + 1);
    }

    @Test
    void aSecondJourneyOfTheSameReportIsAConcurrentWrite() {
        Journey held = journeys.find(create()).orElseThrow();

        assertThatThrownBy(() -> journeys.add(held, List.of())).isInstanceOf(ConcurrentWrite.class);
    }

    private static StatusChange change(ReportStatus status, long sequence) {
        return new StatusChange(UUID.randomUUID(), status, sequence, NOW.plusSeconds(sequence * 60), "SQ-2026-000123",
                "chengguan", "economy");
    }
}
