package org.minyi.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.minyi.events.intake.Category;
import org.minyi.events.status.ReportFlagged;
import org.minyi.events.status.ReportStatus;
import org.minyi.events.status.ReportStatusChanged;
import org.minyi.testing.MinyiIntegrationTest;
import org.minyi.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Every projection is rebuilt from Kafka from offset 0 with identical results: events of every kind
 * (stale and repeated ones among them) are projected, the projections and the answers computed from
 * them are snapshotted, then {@code POST /api/dashboard/replay} wipes them and rewinds the real
 * consumer group to the start, and the rebuilt state must equal the snapshot.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.mongodb.database=dashboard_replay_it",
        "minyi.kafka.group=dashboard-replay-it",
        "minyi.assessment.max-age=0s",
        "minyi.summary.max-age=0s"})
@MinyiIntegrationTest
class ReplayIT {

    private static final int YEAR = 2034;
    private static final Duration PATIENCE = Duration.ofSeconds(45);
    private static final List<String> PROJECTIONS = List.of("reports", "submissions", "adoptions", "merges",
            "achievements");

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MeterRegistry meters;

    @Test
    void everyProjectionIsRebuiltFromOffsetZeroWithIdenticalResults() throws Exception {
        Http http = new Http(port);
        Announcer announcer = new Announcer(kafka);
        ExampleEvents example = new ExampleEvents(YEAR);
        for (ExampleEvents.Announced<?> event : example.all()) {
            event.by(announcer);
        }
        List<ReportStatusChanged> life = new ArrayList<>();
        ReportStatus previous = null;
        long sequence = 0;
        for (ReportStatus status : List.of(ReportStatus.SUBMITTED, ReportStatus.ROUTED, ReportStatus.UNDER_REVIEW,
                ReportStatus.ADOPTED, ReportStatus.PUBLISHED, ReportStatus.SENT_TO_LEADERS, ReportStatus.INSTRUCTED,
                ReportStatus.IN_HANDLING)) {
            life.add(change(example.r1, example.sq(101), status, previous, ++sequence, example.noon(3, 1)));
            previous = status;
        }
        for (ReportStatusChanged change : life) {
            announcer.announce(change, ReportStatusChanged.TYPE, "routing");
        }
        announcer.announce(life.get(1), ReportStatusChanged.TYPE, "routing");
        announcer.announce(change(example.r1, example.sq(101), ReportStatus.SUBMITTED, null, 1, example.noon(3, 1)),
                ReportStatusChanged.TYPE, "intake");
        ReportFlagged overdue = new ReportFlagged(UUID.randomUUID(), example.r1, example.sq(101),
                ReportFlagged.Flag.OVERDUE, 8, example.noon(5, 11), "chengguan", "economy", Category.DAILY_LIFE,
                "SYSTEM", "housing", null, null);
        announcer.announce(overdue, ReportFlagged.TYPE, "follow-up");
        announcer.announce(overdue, ReportFlagged.TYPE, "follow-up");
        // R4 waits with its committee past the review time limit, then is claimed: still overdue for review
        announcer.announce(change(example.r4, example.sq(104), ReportStatus.ROUTED, ReportStatus.SUBMITTED, 2,
                example.noon(6, 1)), ReportStatusChanged.TYPE, "routing");
        ReportFlagged slowReview = new ReportFlagged(UUID.randomUUID(), example.r4, example.sq(104),
                ReportFlagged.Flag.REVIEW_OVERDUE, 2, example.noon(6, 16), "taoyuan", "economy", Category.DAILY_LIFE,
                "SYSTEM", null, null, null, "system");
        announcer.announce(slowReview, ReportFlagged.TYPE, "committee-review");
        announcer.announce(slowReview, ReportFlagged.TYPE, "committee-review");
        announcer.announce(change(example.r4, example.sq(104), ReportStatus.UNDER_REVIEW, ReportStatus.ROUTED, 3,
                example.noon(6, 1)), ReportStatusChanged.TYPE, "committee-review");

        AtomicReference<String> last = new AtomicReference<>("");
        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(700)).until(() -> {
            String now = snapshot(http);
            boolean ours = now.contains("\"status\": \"IN_HANDLING\"") && now.contains(example.zh())
                    && http.json("/api/dashboard/points/" + YEAR, TestTokens.viewer()).path("entries").asInt() == 12
                    && http.json("/api/dashboard/overdue", TestTokens.viewer()).path("total").asLong() >= 1
                    && http.json("/api/dashboard/review-overdue", TestTokens.viewer()).path("total").asLong() >= 1
                    && now.contains("\"status\": \"UNDER_REVIEW\"");
            return ours && now.equals(last.getAndSet(now));
        });
        String before = last.get();
        long feed = mongo.estimatedCount("feed");
        double projected = projectedSoFar();

        assertThat(http.post("/api/dashboard/replay", TestTokens.viewer()).statusCode()).isEqualTo(403);
        var replay = http.post("/api/dashboard/replay", TestTokens.office());
        assertThat(replay.statusCode()).as(replay.body()).isEqualTo(202);

        await().atMost(PATIENCE).pollInterval(Duration.ofMillis(500))
                .untilAsserted(() -> assertThat(snapshot(http)).isEqualTo(before));
        assertThat(projectedSoFar() - projected).as("the status changes were projected again, not kept")
                .isGreaterThanOrEqualTo(life.size());
        assertThat(mongo.estimatedCount("feed")).as("the feed keeps each event once").isEqualTo(feed);
    }

    /** Every projection collection, and what the endpoints compute from them, as one text. */
    private String snapshot(Http http) throws Exception {
        StringBuilder all = new StringBuilder();
        for (String collection : PROJECTIONS) {
            all.append("== ").append(collection).append('\n');
            for (Document doc : mongo.find(new Query().with(Sort.by("_id")), Document.class, collection)) {
                all.append(doc.toJson()).append('\n');
            }
        }
        for (String path : List.of("/api/dashboard/summary", "/api/dashboard/overdue?size=100",
                "/api/dashboard/review-overdue?size=100", "/api/dashboard/duties/" + YEAR + "/members/m0004",
                "/api/dashboard/duties/" + YEAR, "/api/dashboard/duties/" + (YEAR - 1),
                "/api/dashboard/points/" + YEAR, "/api/dashboard/commendations/" + YEAR,
                "/api/dashboard/units/" + YEAR)) {
            all.append("== ").append(path).append('\n').append(http.get(path, TestTokens.office()).body()).append('\n');
        }
        return all.toString();
    }

    private double projectedSoFar() {
        return meters.get("minyi.dashboard.status.events").tag("outcome", "projected").counter().count();
    }

    private static ReportStatusChanged change(String report, String tracking, ReportStatus status,
                                              ReportStatus previous, long sequence, Instant start) {
        return new ReportStatusChanged(UUID.randomUUID(), report, tracking, status, previous, sequence,
                start.plus(Duration.ofHours(6 * sequence)), "chengguan", sequence >= 2 ? "economy" : null,
                Category.DAILY_LIFE, "SYSTEM");
    }
}
