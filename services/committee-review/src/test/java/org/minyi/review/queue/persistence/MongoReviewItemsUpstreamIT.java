package org.minyi.review.queue.persistence;

import java.time.Clock;
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
import org.minyi.review.queue.domain.ReviewItem;
import org.minyi.review.queue.domain.ReviewItemFixture;
import org.minyi.review.queue.domain.UpstreamAdoption;
import org.minyi.review.queue.domain.UpstreamRecord;
import org.minyi.review.queue.domain.UpstreamSubmission;
import org.minyi.testing.TestInfrastructure;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minyi.review.queue.domain.ReviewItemFixture.NOW;
import static org.minyi.review.queue.domain.UpstreamAdoption.Level.CITY;
import static org.minyi.review.queue.domain.UpstreamAdoption.Level.PROVINCE;

/**
 * The upstream ledger's query on a MongoDB-wire server: through the sparse multikey index on {@code upstreamYears},
 * a year finds exactly the reports sent up in it, read with their codes, title and upstream lines; submissions
 * and the adoptions that answer them survive the round trip.
 */
class MongoReviewItemsUpstreamIT {

    private MongoClient client;
    private MongoTemplate mongo;
    private MongoReviewItems items;

    @BeforeEach
    void freshDatabase() {
        client = MongoClients.create(TestInfrastructure.start().mongoUri());
        mongo = new MongoTemplate(client, "review_upstream_" + UUID.randomUUID().toString().substring(0, 8));
        MongoOutbox outbox = new MongoOutbox(mongo, ReviewItemDocument.COLLECTION, event -> { }, Clock.systemUTC());
        items = new MongoReviewItems(mongo, outbox, (item, events) -> List.of());
        items.createIndexes();
    }

    @AfterEach
    void close() {
        client.close();
    }

    @Test
    void aYearFindsTheReportsSentUpInItWithTheirLinesAndTitles() {
        ReviewItem twoYears = ReviewItemFixture.adopted("economy");
        UpstreamSubmission may = twoYears.submitUpstream(CITY, LocalDate.of(2025, 5, 4), "信息专报", Actor.office(), NOW)
                .orElseThrow().submission();
        twoYears.submitUpstream(PROVINCE, LocalDate.of(2026, 1, 8), "网络报送", Actor.office(), NOW);
        twoYears.recordUpstreamAdoption(new UpstreamAdoption(CITY, UpstreamAdoption.Mode.SINGLE,
                LocalDate.of(2025, 6, 1), "市政协采用", "office", NOW), Actor.office(), NOW);
        items.add(twoYears, List.of());
        ReviewItem lastYear = ReviewItemFixture.adopted("agriculture");
        lastYear.submitUpstream(CITY, LocalDate.of(2025, 11, 2), "信息专报", Actor.office(), NOW);
        items.add(lastYear, List.of());
        items.add(ReviewItemFixture.adopted("economy"), List.of());

        assertThat(items.upstreamIn(2026)).extracting(UpstreamRecord::reportId).containsExactly(twoYears.id());
        assertThat(items.upstreamIn(2025)).extracting(UpstreamRecord::reportId)
                .containsExactlyInAnyOrder(twoYears.id(), lastYear.id());
        assertThat(items.upstreamIn(2024)).isEmpty();
        UpstreamRecord read = items.upstreamIn(2026).get(0);
        assertThat(read.trackingNumber()).isEqualTo(twoYears.trackingNumber());
        assertThat(read.title()).isEqualTo(twoYears.content().title());
        assertThat(read.committee()).isEqualTo("economy");
        assertThat(read.submissions()).isEqualTo(twoYears.upstreamSubmissions());
        assertThat(read.adoptions()).singleElement().satisfies(a -> assertThat(a.submission()).isEqualTo(may.id()));
        assertThat(items.find(twoYears.id()).orElseThrow().upstreamAdoptions())
                .isEqualTo(twoYears.upstreamAdoptions());
    }

    @Test
    void theYearsAreDerivedFromTheSubmissionsAndAbsentWithoutAny() {
        ReviewItem sent = ReviewItemFixture.adopted("economy");
        sent.submitUpstream(CITY, LocalDate.of(2026, 1, 8), "信息专报", Actor.office(), NOW);
        sent.submitUpstream(PROVINCE, LocalDate.of(2026, 2, 8), "信息专报", Actor.office(), NOW);
        sent.submitUpstream(CITY, LocalDate.of(2025, 12, 8), "信息专报", Actor.office(), NOW);
        items.add(sent, List.of());
        ReviewItem unsent = ReviewItemFixture.adopted("economy");
        unsent.recordUpstreamAdoption(new UpstreamAdoption(CITY, UpstreamAdoption.Mode.SINGLE,
                LocalDate.of(2026, 6, 1), null, "office", NOW), Actor.office(), NOW);
        items.add(unsent, List.of());

        assertThat(raw(sent.id()).getList("upstreamYears", Integer.class)).containsExactly(2025, 2026);
        assertThat(raw(unsent.id()).containsKey("upstreamYears")).as("out of the sparse index").isFalse();
        assertThat(mongo.indexOps(ReviewItemDocument.COLLECTION).getIndexInfo()).anySatisfy(index -> {
            assertThat(index.getIndexFields()).singleElement()
                    .satisfies(field -> assertThat(field.getKey()).isEqualTo("upstreamYears"));
            assertThat(index.isSparse()).isTrue();
        });
    }

    private Document raw(ReportId id) {
        return mongo.getCollection(ReviewItemDocument.COLLECTION).find(new Document("_id", id.value())).first();
    }
}
