package org.minyi.followup.handling.persistence;

import java.time.Clock;
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
import org.minyi.followup.handling.domain.Actor;
import org.minyi.followup.handling.domain.Assignment;
import org.minyi.followup.handling.domain.Handling;
import org.minyi.followup.handling.domain.HandlingFixture;
import org.minyi.followup.handling.domain.ReportId;
import org.minyi.testing.TestInfrastructure;
import org.minyi.testing.contracts.OutboxStoreContract;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minyi.followup.handling.domain.HandlingFixture.NOW;

/**
 * The handling store keeps the outbox contract: an instruction opens a handling, the office urges its units.
 * A write that another writer overtook stores nothing and throws the chassis's {@link ConcurrentWrite}.
 */
class HandlingsOutboxContractIT extends OutboxStoreContract {

    private MongoClient client;
    private MongoOutbox outbox;
    private MongoHandlings handlings;

    @BeforeEach
    void freshDatabase() {
        client = MongoClients.create(TestInfrastructure.start().mongoUri());
        MongoTemplate mongo = new MongoTemplate(client,
                "followup_outbox_" + UUID.randomUUID().toString().substring(0, 8));
        outbox = new MongoOutbox(mongo, "handlings", nudges(), Clock.systemUTC());
        handlings = new MongoHandlings(mongo, outbox, translation(), HandlingFixture.RULES);
        handlings.createIndexes();
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
        Assignment instruction = new Assignment(UUID.randomUUID(), new ReportId(UUID.randomUUID().toString()), 6,
                List.of(HandlingFixture.lead("housing-construction"), HandlingFixture.support("finance")),
                HandlingFixture.report(), HandlingFixture.countyHeadsInstruction());
        Handling.Opening opening = Handling.open(instruction, HandlingFixture.RULES, NOW);
        handlings.add(opening.handling(), List.of(opening.assigned()));
        return opening.handling().id().value();
    }

    @Override
    protected void change(String aggregateId) {
        Handling handling = handlings.find(new ReportId(aggregateId)).orElseThrow();
        handlings.update(handling, handling.urge(Actor.office(), null, "请尽快反馈", NOW.plusSeconds(60)));
    }

    @Test
    void aChangeToAHandlingChangedSinceItWasReadStoresNothing() {
        ReportId id = new ReportId(create());
        Handling first = handlings.find(id).orElseThrow();
        Handling stale = handlings.find(id).orElseThrow();
        handlings.update(first, first.urge(Actor.office(), null, "请尽快反馈", NOW.plusSeconds(60)));
        int waiting = waiting(id);

        assertThatThrownBy(() -> handlings.update(stale, stale.urge(Actor.office(), null, "再次催办",
                NOW.plusSeconds(120)))).isInstanceOf(ConcurrentWrite.class);

        Handling stored = handlings.find(id).orElseThrow();
        assertThat(stored.version()).isEqualTo(first.version() + 1);
        assertThat(stored.updatedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(waiting(id)).isEqualTo(waiting);
    }

    @Test
    void aSecondHandlingOfTheSameReportIsAConcurrentWrite() {
        Handling held = handlings.find(new ReportId(create())).orElseThrow();

        assertThatThrownBy(() -> handlings.add(held, List.of())).isInstanceOf(ConcurrentWrite.class);
    }

    private int waiting(ReportId id) {
        return outbox.pendingOf(List.of(id.value())).stream().mapToInt(pending -> pending.messages().size()).sum();
    }
}
