package org.minyi.leadership.inbox.persistence;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minyi.chassis.concurrency.ConcurrentWrite;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.chassis.outbox.OutboxStore;
import org.minyi.leadership.inbox.domain.Actor;
import org.minyi.leadership.inbox.domain.InboxItem;
import org.minyi.leadership.inbox.domain.InboxItemFixture;
import org.minyi.leadership.inbox.domain.Instruction;
import org.minyi.leadership.inbox.domain.ReportId;
import org.minyi.leadership.inbox.domain.ReportStatus;
import org.minyi.leadership.inbox.domain.Role;
import org.minyi.leadership.inbox.domain.Visibility;
import org.minyi.testing.TestInfrastructure;
import org.minyi.testing.contracts.OutboxStoreContract;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexField;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The inbox store keeps the outbox contract. A report arriving decides nothing that is announced, so an
 * item is written as it arrives and then instructed; each further change is another instruction. A change
 * decided on an item that was written since it was read is refused whole.
 */
class InboxOutboxContractIT extends OutboxStoreContract {

    private MongoClient client;
    private MongoTemplate mongo;
    private MongoOutbox outbox;
    private MongoInboxItems items;

    @BeforeEach
    void freshDatabase() {
        client = MongoClients.create(TestInfrastructure.start().mongoUri());
        mongo = new MongoTemplate(client, "leadership_outbox_" + UUID.randomUUID().toString().substring(0, 8));
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

    @Test
    void aLeaderFindsWhatWasSentToThemOrToEveryLeaderThroughAnIndexAndNothingElse() {
        InboxItem toTheCountyHead = InboxItemFixture.sentTo(InboxItemFixture.COUNTY_HEAD, InboxItemFixture.CITY_MAYOR);
        InboxItem toTheSecretary = InboxItemFixture.sentTo(InboxItemFixture.PARTY_SECRETARY);
        InboxItem toEveryone = InboxItemFixture.sentToLeaders();
        List.of(toTheCountyHead, toTheSecretary, toEveryone).forEach(items::add);
        Visibility countyHead = Visibility.of(Actor.leader("county-head"));

        assertThat(mongo.getCollection(MongoInboxItems.COLLECTION).find(new Document("_id", toEveryone.id().value()))
                .first()).as("sent to every leader: no leaders stored, as in items stored before they were named")
                .doesNotContainKey("leaders");
        assertThat(items.listed(countyHead, ReportStatus.SENT_TO_LEADERS, 0, 10).items())
                .extracting(InboxItem::id).containsExactlyInAnyOrder(toTheCountyHead.id(), toEveryone.id());
        assertThat(items.listed(countyHead, ReportStatus.SENT_TO_LEADERS, 0, 10).total()).isEqualTo(2);
        assertThat(items.findVisible(toTheSecretary.id(), countyHead)).isEmpty();
        assertThat(items.findVisible(toTheCountyHead.id(), countyHead)).isPresent();
        assertThat(items.findVisible(toTheSecretary.id(), Visibility.of(Actor.leadersOffice()))).isPresent();
        assertThat(items.listed(Visibility.of(new Actor("unit-finance", Role.UNIT, null)), ReportStatus.SENT_TO_LEADERS,
                0, 10).total()).isZero();
        assertThat(mongo.indexOps(MongoInboxItems.COLLECTION).getIndexInfo())
                .anySatisfy(index -> assertThat(index.getIndexFields()).extracting(IndexField::getKey)
                        .containsExactly("status", "leaders", "urgent", "receivedAt", "_id"));
    }

    @Test
    void leadersAndReleasesSurviveStorage() {
        InboxItem item = InboxItemFixture.sentTo(InboxItemFixture.COUNTY_HEAD);
        items.add(item);
        InboxItem read = items.find(item.id()).orElseThrow();
        Instruction instruction = read.instruct(Actor.leadersOffice(), InboxItemFixture.CITY_MAYOR, null, "请加快办理。",
                null, InboxItemFixture.housingLeadsFinanceSupports(), InboxItemFixture.TODAY, InboxItemFixture.NOW)
                .instruction();
        items.update(read, List.of());
        InboxItem again = items.find(item.id()).orElseThrow();
        items.update(again, List.of(again.release(Actor.office(), instruction.instructionId().toString(),
                InboxItemFixture.NOW).orElseThrow()));

        InboxItem stored = items.find(item.id()).orElseThrow();
        assertThat(stored.leaders()).containsExactly("county-head", "city-mayor");
        assertThat(stored.instructions()).singleElement().satisfies(i -> {
            assertThat(i.leaderName()).isEqualTo("何立新");
            assertThat(i.leaderTitle()).isEqualTo("市长");
            assertThat(i.recordedBy()).isEqualTo("leader");
            assertThat(i.release()).isEqualTo(new Instruction.Release("office", InboxItemFixture.NOW));
        });
        assertThat(stored.sequence()).isEqualTo(7);
        assertThat(stored.statusSequence()).isEqualTo(6);
    }

    private void instruct(ReportId id) {
        InboxItem item = items.find(id).orElseThrow();
        items.update(item, List.of(InboxItemFixture.instructedByTheCountyHead(item)));
    }
}
