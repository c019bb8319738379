package org.minyi.review.queue.persistence;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.chassis.outbox.OutboxStore;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.Decision;
import org.minyi.review.queue.domain.Grade;
import org.minyi.review.queue.domain.ReportClaimed;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItemFixture;
import org.minyi.testing.TestInfrastructure;
import org.minyi.testing.contracts.OutboxStoreContract;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The review item store keeps the outbox contract: a claimed item stored with its claim, then adopted. */
class ReviewItemsOutboxContractIT extends OutboxStoreContract {

    private static final Actor REVIEWER = Actor.reviewer("economy");

    private MongoClient client;
    private MongoOutbox outbox;
    private MongoReviewItems items;

    @BeforeEach
    void freshDatabase() {
        client = MongoClients.create(TestInfrastructure.start().mongoUri());
        MongoTemplate mongo = new MongoTemplate(client, "review_outbox_" + UUID.randomUUID().toString().substring(0, 8));
        outbox = new MongoOutbox(mongo, ReviewItemDocument.COLLECTION, nudges(), Clock.systemUTC());
        items = new MongoReviewItems(mongo, outbox, translation());
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
        ReviewItem item = ReviewItemFixture.routedTo("economy");
        ReportClaimed claimed = item.claim(REVIEWER, ReviewItemFixture.NOW, ReviewItemFixture.LEASE).orElseThrow();
        items.add(item, List.of(claimed));
        return item.id().value();
    }

    @Override
    protected void change(String aggregateId) {
        ReviewItem item = items.find(new ReportId(aggregateId)).orElseThrow();
        items.update(item, List.of(item.decide(new Decision.Adopt(Grade.A, null), REVIEWER,
                ReviewItemFixture.NOW.plusSeconds(60))));
    }
}
