package org.minyi.review.queue.persistence;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.minyi.chassis.outbox.MongoOutbox;
import org.minyi.review.queue.domain.Actor;
import org.minyi.review.queue.domain.ReportId;
import org.minyi.review.queue.domain.ReviewEvent;
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItemFixture;
import org.minyi.review.queue.domain.UnitAssignment;
import org.minyi.testing.TestInfrastructure;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The review time limit's query on a MongoDB-wire server: the scheduler finds, through the sparse index on
 * {@code reviewAttentionAt}, only the items waiting undecided and unflagged past their limit; a flagged or
 * decided item drops out of the index. Stints, transfers and the leaders sent to survive the round trip.
 */
class MongoReviewItemsTimeLimitsIT {

    /** Routed on Sunday 15 March 2026 in the county: overdue from this instant. */
    private static final Instant OVERDUE = Instant.parse("2026-03-27T16:00:00Z");

    private MongoClient client;
    private MongoTemplate mongo;
    private MongoReviewItems items;

    @BeforeEach
    void freshDatabase() {
        client = MongoClients.create(TestInfrastructure.start().mongoUri());
        mongo = new MongoTemplate(client, "review_limits_" + UUID.randomUUID().toString().substring(0, 8));
        MongoOutbox outbox = new MongoOutbox(mongo, ReviewItemDocument.COLLECTION, event -> { }, Clock.systemUTC());
        items = new MongoReviewItems(mongo, outbox, (item, events) -> List.of());
        items.createIndexes();
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void onlyUndecidedUnflaggedItemsPastTheirLimitAreFoundTheLongestOverdueFirst() {
        ReviewItem waiting = ReviewItemFixture.routedTo("economy");
        items.add(waiting, List.of());
        ReviewItem claimed = ReviewItemFixture.underReview("agriculture");
        items.add(claimed, List.of());
        items.add(ReviewItemFixture.adopted("economy"), List.of());

        assertThat(items.reviewOverdue(OVERDUE.minusSeconds(1), 10)).isEmpty();
        assertThat(items.reviewOverdue(OVERDUE, 10)).containsExactlyInAnyOrder(waiting.id(), claimed.id());
        assertThat(items.reviewOverdue(OVERDUE, 1)).hasSize(1);

        ReviewItem stored = items.find(waiting.id()).orElseThrow();
        ReviewEvent flag = stored.flagIfReviewOverdue(OVERDUE).orElseThrow();
        items.update(stored, List.of(flag));

        assertThat(items.reviewOverdue(OVERDUE.plusSeconds(86_400), 10)).containsExactly(claimed.id());
        assertThat(raw(waiting.id()).containsKey("reviewAttentionAt")).as("out of the sparse index").isFalse();
        ReviewItem read = items.find(waiting.id()).orElseThrow();
        assertThat(read.stint()).isEqualTo(stored.stint());
        assertThat(read.stint().flaggedAt()).isEqualTo(OVERDUE);
    }

    @Test
    void theSchedulersIndexIsSparse() {
        assertThat(mongo.indexOps(ReviewItemDocument.COLLECTION).getIndexInfo())
                .anySatisfy(index -> {
                    assertThat(index.getIndexFields()).singleElement()
                            .satisfies(field -> assertThat(field.getKey()).isEqualTo("reviewAttentionAt"));
                    assertThat(index.isSparse()).isTrue();
                });
    }

    @Test
    void untimedItemsInAQueueAreFoundAndTransfersAndLeadersSurviveTheRoundTrip() {
        ReviewItem legacy = ReviewItem.restore(ReviewItemFixture.storedWithoutStint(
                ReviewItemFixture.routedTo("economy")));
        items.add(legacy, List.of());
        ReviewItem transferred = ReviewItemFixture.adopted("economy");
        transferred.transfer("请研究办理", List.of(UnitAssignment.lead("finance", LocalDate.of(2026, 4, 30)),
                UnitAssignment.support("housing-construction", LocalDate.of(2026, 4, 15))), Actor.office(), OVERDUE);
        items.add(transferred, List.of());
        ReviewItem sent = ReviewItemFixture.adopted("economy");
        sent.sendToLeaders(List.of("county-head", "city-mayor"), Actor.office(), OVERDUE);
        items.add(sent, List.of());

        assertThat(items.untimed(10)).containsExactly(legacy.id());
        assertThat(items.find(transferred.id()).orElseThrow().transfer()).isEqualTo(transferred.transfer());
        assertThat(items.find(sent.id()).orElseThrow().sentTo()).containsExactly("county-head", "city-mayor");
    }

    private Document raw(ReportId id) {
        return mongo.getCollection(ReviewItemDocument.COLLECTION).find(new Document("_id", id.value())).first();
    }
}
