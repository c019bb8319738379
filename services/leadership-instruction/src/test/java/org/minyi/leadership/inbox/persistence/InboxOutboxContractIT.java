package org.minyi.leadership.inbox.persistence;

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
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.InboxItemFixture;
import org.minyi.leadership.inbox.domain.Instruction;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.testing.TestInfrastructure;
import org.minyi.testing.contracts.OutboxStoreContract;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The inbox store keeps the outbox contract. A report arriving decides nothing that is announced, so an
 * item is written as it arrives and then instructed; each further change is another instruction. A change
 * decided on an item that was written since it was read is refused whole.
 */
class InboxOutboxContractIT extends OutboxStoreContract {

    private MongoClient client;
    private MongoOutbox outbox;
    private MongoInboxItems items;

    @BeforeEach
    void freshDatabase() {
        client = MongoClients.create(TestInfrastructure.start().mongoUri());
        MongoTemplate mongo = new MongoTemplate(client, "leadership_outbox_" + UUID.randomUUID().toString().substring(0, 8));
        outbox = new MongoOutbox(mongo, MongoInboxItems.COLLECTION, nudges(), Clock.systemUTC());
        items = new MongoInboxItems(mongo, outbox, translation());
        items.createIndexes();
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
        InboxItem item = InboxItemFixture.sentToLeaders();
        items.add(item);
        instruct(item.id());
        return item.id().value();
    }

    @Override
    protected void change(String aggregateId) {
        instruct(new ReportId(aggregateId));
    }

    @Test
    void aDecisionOnAnItemWrittenSinceItWasReadIsRefusedAndWritesNothing() {
        InboxItem received = InboxItemFixture.sentToLeaders();
        items.add(received);
        InboxItem first = items.find(received.id()).orElseThrow();
        InboxItem second = items.find(received.id()).orElseThrow();
        items.update(first, List.of(InboxItemFixture.instructedByTheCountyHead(first)));

        assertThatThrownBy(() -> items.update(second, List.of(InboxItemFixture.instructedByTheCountyHead(second))))
                .isInstanceOf(ConcurrentWrite.class);

        InboxItem stored = items.find(received.id()).orElseThrow();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.instructions()).extracting(Instruction::instructionId)
                .containsExactly(first.instructions().get(0).instructionId());
        assertThat(outbox.pendingOf(List.of(received.id().value())).get(0).messages()).hasSize(1);
    }

    private void instruct(ReportId id) {
        InboxItem item = items.find(id).orElseThrow();
        items.update(item, List.of(InboxItemFixture.instructedByTheCountyHead(item)));
    }
}
